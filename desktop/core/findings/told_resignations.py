"""A resignation told in a phrasal verb: "stepped down as health secretary", "stood down". To step
down from a post is to resign it, so an article that says so reports the resignation the other
tells as "resigned" (``untold_events``): no word of the resignation's own need appear."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.lexicon.events import RESIGNATION_PASTS, RESIGNATION_PHRASES

# The happening's word a phrase of leaving tells (``lexicon/events.py``: "a resignation").
RESIGN = "resign"


def _forms(verb: str) -> str:
    # "step" -> "step\w*" (steps, stepped, stepping); "stand" -> "stand\w*" or "stood".
    return "|".join([rf"{verb}\w*", *RESIGNATION_PASTS.get(verb, ())])


_PHRASE = re.compile(
    "|".join(
        rf"\b(?:{_forms(verb)})\s+{particle}\b(?!\s+(?:the|a|an)\s)"
        for verb, particle in sorted(RESIGNATION_PHRASES)
    ),
    re.I,
)


@lru_cache(maxsize=64)
def resignation_told(text: str) -> bool:
    """The article tells someone leaving a post in a phrasal verb ("stepped down as CEO"); "stepped
    down the stairs" goes somewhere and tells none."""
    return _PHRASE.search(text) is not None
