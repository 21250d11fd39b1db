"""Clock times read off two dials: "11:00 GMT" and "3 p.m." (the event's local time) may be one
moment or two, as the zone between them says, and the engine does not know that zone. Two
different hours clash only on the same dial: both in one named zone, or both in none (the
story's local time). The same hour still agrees: "06:00 BST" / "6am" in a British story is one
time on the one dial the reader has. "local time" names no dial of its own."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon import CLOCK_ZONES
from desktop.core.model import MentionType

_LOCAL = "local time"
_ZONE = re.compile(
    r"\b(" + "|".join(re.escape(z) for z in sorted(CLOCK_ZONES - {_LOCAL}, key=len)) + r")\b", re.I
)


def two_dials(a: Fact, b: Fact) -> bool:
    """The two clocks are written in different zones, or one in a zone and one in none: two
    different hours on them never clash."""
    if a.type is not MentionType.TIME or b.type is not MentionType.TIME:
        return False
    return _zone(a) != _zone(b)


def _zone(fact: Fact) -> str:
    match = _ZONE.search(fact.text)
    return match.group(1).lower() if match else ""
