"""A year against the decade that holds it: "founded in 1998" / "founded in the late 1990s".

A decade, or a part of one ("the early 2000s", "the mid-1980s"), is ten years or a few of them,
never its first year, which is all the date parser keeps of it. A year inside the decade's part is
the same date told at a coarser precision; a year outside it ("1998" / "the early 1990s", "the
1980s") stays a difference.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon.lone_ages import DECADE_PARTS

_DECADE = re.compile(r"\b(?:(early|mid|late)[\s-]+)?((?:1[6-9]|20)\d)0'?s\b", re.I)
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def year_in_decade(fa: Fact, fb: Fact) -> bool:
    """One fact gives a single year and the other a decade, or a part of one, that holds it."""
    return any(_holds(decade, year) for decade, year in ((fa, fb), (fb, fa)))


def _holds(decade: Fact, year: Fact) -> bool:
    told = _DECADE.search(decade.text)
    years = _YEAR.findall(year.text)
    if told is None or len(years) != 1 or _DECADE.search(year.text):
        return False
    first, last = DECADE_PARTS[(told.group(1) or "").lower()]
    start = int(told.group(2)) * 10
    return start + first <= int(years[0]) <= start + last
