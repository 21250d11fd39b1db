"""A length of time bounded in other words: "They were inside for less than four minutes" /
"The raid lasted under four minutes", "for more than two years" / "for over two years".

The same count of the same unit of time, bounded on the same side, is one fact however the bound
is worded; the parser reads "less than" as a bound and "under" as none, so the two never meet as
figures. Only a count of a unit of time: before other nouns "over" and "under" may place a
thing ("fought over three islands"). A bound on the other side ("more than four minutes") or
another count keeps the mark.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.lexicon.bounds import LOWER_SPAN_BOUNDS, UPPER_SPAN_BOUNDS

_UNITS = r"(?:second|minute|hour|day|week|month|year)s?"
_BOUNDS = sorted(UPPER_SPAN_BOUNDS | LOWER_SPAN_BOUNDS, key=len, reverse=True)
_BOUNDED = re.compile(
    r"^(?:just\s+)?(?P<bound>" + "|".join(map(re.escape, _BOUNDS)) + r")\s+"
    rf"(?P<span>(?:an?|[\w-]+)\s+{_UNITS})$",
    re.I,
)


def bounded_span_told(fact: Fact, their_text: str) -> bool:
    """This fact is a bounded length of time the other article writes with another word for
    the same bound, before the very same count and unit."""
    match = _BOUNDED.match(fact.text.strip())
    if match is None:
        return False
    bound = " ".join(match.group("bound").lower().split())
    side = UPPER_SPAN_BOUNDS if bound in UPPER_SPAN_BOUNDS else LOWER_SPAN_BOUNDS
    words = "|".join(map(re.escape, sorted(side - {bound}, key=len, reverse=True)))
    span = r"\s+".join(map(re.escape, match.group("span").split()))
    pattern = compiled(rf"\b(?:{words})\s+{span}\b", re.I)
    return pattern.search(their_text) is not None
