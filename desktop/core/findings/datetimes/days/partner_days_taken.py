"""A day of the partner sentence that another day of this sentence already gives.

"The company said it was sending a ship ... but that it would not arrive until Monday and that it
could take until December 31 before normal service was restored" / "The French firm said it was
sending a ship ..., although it could take until 31 December to fully repair the line": the
partner's "31 December" is the left's "December 31", written the same; it tells that day, and
cannot also tell the ship's Monday. Each day the partner writes stands for one day of this
sentence: the one it gives in the very same calendar terms.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.datetimes.dates import DateValue
from desktop.core.extraction.extract import Fact


def taken_by_another(fact: Fact, other: Fact, own: Sequence[Fact]) -> bool:
    """Another fact of this sentence gives ``other``'s very day (month and day, or weekday)."""
    if other.date is None:
        return False
    return any(
        mine is not fact and mine.date is not None and _same_day(mine.date, other.date)
        for mine in own
    )


def _same_day(a: DateValue, b: DateValue) -> bool:
    if a.day is not None and b.day is not None:
        return (a.month, a.day) == (b.month, b.day) and None not in (a.month, b.month)
    return a.weekday is not None and a.weekday == b.weekday and a.day is None and b.day is None
