"""Two days told alike at the precision both write: "on Friday" / "Friday, March 4".

A weekday read against the page's date is a guess at the calendar day: a story dated ten days
later that says "on Friday" may mean the Friday the other article writes in full. Two days whose
written words agree as far as both go (the same weekday; the same month and day) are one day
told at two precisions, however the guessed calendar days differ.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import dates_compatible
from desktop.core.findings.bookkeeping.claims import written_date


def told_alike(a: Fact, b: Fact) -> bool:
    days = written_date(a, None), written_date(b, None)
    if days[0] is None or days[1] is None:
        return False
    return dates_compatible(days[0], days[1]) is True
