"""Two figures joined by a slash that name a day or a habit, not a count: "9/11", "7/7",
"24/7".

Read digit by digit, "the victims of 9/11" counted 9 of something, a figure the other article
("the September 11 attacks") could only lack or contradict. A slash pair standing alone is a
fraction only when it is a proper one of a small denominator ("1/2", "3/4"), as a reporter
writes part of a unit; any other pair is a date written short or a name made of one.
"""

from __future__ import annotations

import re

_SLASH_PAIR = re.compile(r"(\d{1,2})/(\d{1,2})")
# The denominators a reporter writes a fraction of a unit with: halves, thirds, quarters, eighths.
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8, 16})


def slash_name(raw: str) -> bool:
    """True for "9/11" or "24/7" standing alone; False for a fraction ("3/4") or other words."""
    match = _SLASH_PAIR.fullmatch(raw)
    if match is None:
        return False
    top, bottom = int(match.group(1)), int(match.group(2))
    return not (0 < top < bottom and bottom in _FRACTION_DENOMINATORS)
