"""Two parts of one day: "on Saturday evening" / "on Saturday morning".

Compared at the precision both give, the two name the same day, but each also names the hours
of it, and a morning and an evening do not meet: a reader of both is told two times. Where the
spans overlap ("evening" / "night", "morning" / "dawn") or one side names no part, the day alone
is compared. A night runs past midnight, so "Saturday night" holds Sunday's small hours; the
small hours of the next day against a night are ``claim_dates._one_night``'s case, not this one.
"Overnight" is left out: which night it closes is not said.
"""

from __future__ import annotations

from desktop.core.extract import Fact
from desktop.core.findings.told import part_of_day
from desktop.core.lexicon import PARTS_OF_DAY

_HOURS_IN_DAY = 24


def parts_apart(a: Fact, b: Fact) -> bool:
    """Both facts name a part of their (same) day, and the two parts share no hour."""
    first, second = part_of_day(a.text), part_of_day(b.text)
    if first is None or second is None or "overnight" in (first, second):
        return False
    (a0, a1), (b0, b1) = _hours(first), _hours(second)
    return not (a0 < b1 and b0 < a1)


def _hours(part: str) -> tuple[int, int]:
    first, last = PARTS_OF_DAY[part]
    return (first, last) if first < last else (first, last + _HOURS_IN_DAY)
