"""A guilty plea told as an admission: "Smith pleaded guilty in January" / "Smith had admitted the
robberies in January". In a criminal case, to admit the offence before the court is to plead
guilty to it, so an article that says so reports the plea the other tells as "pleaded"
(``untold_events``). A patient "admitted to hospital" admits nothing, one who settled "without
admitting fault" admits nothing either, and neither tells a plea.
"""

from __future__ import annotations

import re
from functools import lru_cache

# What an admission tells: a plea, and only that (``lexicon/events.py``, ``EVENT_TOLD_ALSO``),
# not the charge a plea presupposes: "settled without admitting fault" is no criminal case. Two
# words, so that no word of an article is ever read as it.
ADMISSION = "admit offence"

_ADMITTED = re.compile(
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bwithout\s)(?<!\bto\s)\badmit(?:s|ted|ting)?\b"
    r"(?!\s+(?:to|into|in)\s+(?:the\s+|a\s+)?(?:hospital|intensive|care))",
    re.I,
)


@lru_cache(maxsize=64)
def admission_told(text: str) -> bool:
    """The article tells someone admitting something: not being admitted to hospital, nor
    settling "without admitting fault", nor refusing "to admit" it."""
    return _ADMITTED.search(text) is not None
