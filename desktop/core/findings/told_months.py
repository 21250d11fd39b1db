"""A day and the month that holds it: "on March 11, 2005" / "the March 2005 rampage".

A yellow mark says the other article does not report this fact anywhere (issue 8, item 4), and
dates are compared at the precision both sides give (item 2):

* a month the other article gives a day of is reported there, at a finer precision;
* a day written with its month ("March 11, 2005") whose month is what the other article gives
  ("March 2005") is reported there at the coarser precision, the two sharing the month's words,
  when this article gives no other day of that month: the month can then stand for no other day
  of this article. Beside another day of the same month, the day is the finer fact the other
  side lacks, and stays marked; so is a weekday ("Thursday night") a page's date places in
  that month: the other article never writes the month of it.

A day or month someone spoke on ("police said Sunday") is the statement's, not the event's.

``lone_months`` holds the other half of the same calendar rule: there the day and its month,
each its article's only date in that month, become one agreement; here they only lose their
yellow marks. The two read dates through different guards (said-on dates here, weak and coming
dates there) and should become one module.
"""

from __future__ import annotations

import re

from desktop.core.extract import Analysis, Fact
from desktop.core.findings.told import WHEN
from desktop.core.values import DateValue


def month_told_by_its_day(fact: Fact, theirs: Analysis) -> bool:
    """ "March 2005" where the other article gives "March 11, 2005"."""
    month = _month(fact)
    return month is not None and any(
        (day := _day(other)) is not None and _holds(month, day) for other in theirs.facts
    )


def day_told_by_its_month(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """ "March 11, 2005" where the other article gives "March 2005", and this one no other day
    of March 2005."""
    day = _day(fact)
    if (
        day is None
        or _MONTH_NAME.search(fact.text) is None
        or not any(
            (month := _month(other)) is not None and _holds(month, day) for other in theirs.facts
        )
    ):
        return False
    return not any(
        (other := _day(f)) is not None
        and (other.month, other.day) != (day.month, day.day)
        and _holds(DateValue(day.year, day.month), other)
        for f in mine.facts
    )


_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?", re.I
)


def _month(fact: Fact) -> DateValue | None:
    """The month a fact gives, without a day or weekday in it."""
    date = fact.date
    if fact.type not in WHEN or fact.said_on or date is None or date.month is None:
        return None
    return date if date.day is None and date.weekday is None else None


def _day(fact: Fact) -> DateValue | None:
    """The calendar day a fact gives: a month and a day in it."""
    date = fact.date
    if fact.type not in WHEN or fact.said_on or date is None:
        return None
    return date if date.month is not None and date.day is not None else None


def _holds(month: DateValue, day: DateValue) -> bool:
    """The month holds the day: the same month, and the same year where both give one."""
    same_year = month.year is None or day.year is None or month.year == day.year
    return month.month == day.month and same_year
