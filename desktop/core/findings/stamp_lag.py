"""A relative day too far from the other article's named day for the page's date to explain.

"yesterday" in a piece dated Tuesday is Monday, or Sunday when the page was stamped the morning
after it was written (told_days.py). A weekday or calendar day on the other side that is neither
of the two is a day the articles disagree on: "tore roofs off homes yesterday" on a Tuesday page
/ "tore roofs off homes on Saturday". Without a date of its own an article's relative day is
compared with no day at all: no calendar is guessed for it.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.extract import Fact
from desktop.core.findings import tuning
from desktop.core.findings.claim_dates import written_date
from desktop.core.lexicon import RELATIVE_DAYS
from desktop.core.values import DateValue, dates_compatible


def beyond_stamp_lag(relative: tuple[Fact, date | None], named: tuple[Fact, date | None]) -> bool:
    """The named day is none of the days the relative day may be, counted from its page."""
    fact, reference = relative
    offset = _offset(fact.text)
    told = written_date(named[0], named[1])
    if reference is None or offset is None or told is None:
        return False
    if told.weekday is None and told.day is None:
        return False  # a month or year: the days of a lag lie inside it
    for lag in range(tuning.PAGE_STAMP_LAG_DAYS + 1):
        day = reference + timedelta(days=offset - lag)
        if dates_compatible(DateValue(day.year, day.month, day.day, day.weekday()), told):
            return False
    return True


def _offset(text: str) -> int | None:
    words = " ".join(text.lower().split())
    found = [w for w in RELATIVE_DAYS if f" {w} " in f" {words} "]
    return RELATIVE_DAYS[max(found, key=len)] if found else None
