"""A weekday in one article and a day and month in the other: "was shot Saturday" / "shot on
Aug. 8".

A day and month with a year known fall on one weekday by the calendar, and that is no guess: the
year is the one the text states (and the parser gives such a day its weekday already), else the one
of the article's own date, taking the nearest such day not after the page (a report looks back on
what happened: "Aug. 8" in a piece of May 2016 is the August just gone, 2015's). Without a stated
year or a page date the day names no weekday, and the two are not compared. A bare weekday names a
day of the week before its page; when both articles carry dates and the two days fall more than a
week apart, they date two happenings (as two weekdays do, ``claim_dates``), and nothing is compared.
A day of a step still to come ("will take place on Thursday", "on May 9") looks ahead: both name the
first such day from the page's own on.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import DateValue, calendar_day

# (entities8, weekdate) A bare weekday names a day of the week before its article's date. Two
# days that fall more than this many days apart date two happenings (a shooting, and a death in
# hospital months later), never two readings of one day: two weekdays (``claim_dates``), or a
# weekday and a day and month (here). A week by definition, not fitted to a bench figure.
SAME_WEEK_DAYS = 6


def weekday_beside_day(written: tuple[DateValue, DateValue]) -> bool:
    """One side gives a weekday alone, the other a day and month with no weekday of its own."""
    return any(_bare_weekday(written[i]) and _day_and_month(written[1 - i]) for i in (0, 1))


def on_the_calendar(
    facts: tuple[Fact, Fact],
    written: tuple[DateValue, DateValue],
    refs: tuple[date | None, date | None],
) -> tuple[DateValue, DateValue] | None:
    """The two days with the day and month completed by its year and weekday, to compare at the
    weekday both then give; None when no year is known or the two fall weeks apart."""
    out = list(written)
    for i in (0, 1):
        if not _day_and_month(written[i]):
            continue
        full = _with_its_year(written[i], refs[i], facts[i].ahead)
        if full is None:
            return None
        weekday_day = _weekday_day(facts[1 - i], written[1 - i], refs[1 - i])
        if weekday_day is not None and abs((weekday_day - full).days) > SAME_WEEK_DAYS:
            return None
        out[i] = DateValue(full.year, full.month, full.day, full.weekday())
    return out[0], out[1]


def _with_its_year(day: DateValue, reference: date | None, ahead: bool) -> date | None:
    """The day in the year before the page, or after it for a step still to come ("will take
    place on May 9" on a page of 7 May is this May's)."""
    assert day.month is not None and day.day is not None
    try:
        if reference is None:
            return None
        this_year = date(reference.year, day.month, day.day)
        if ahead and this_year < reference:
            return date(reference.year + 1, day.month, day.day)
        if ahead or this_year <= reference:
            return this_year
        return date(reference.year - 1, day.month, day.day)
    except ValueError:
        return None  # "Feb. 29" in a year without one: no day to place


def _weekday_day(fact: Fact, written: DateValue, reference: date | None) -> date | None:
    """The calendar day a weekday names: the one before the page, or for a step still to come
    ("will take place on Thursday") the first one from the page's own day on."""
    if not fact.ahead or reference is None or written.weekday is None:
        return calendar_day(fact.date)
    return reference + timedelta(days=(written.weekday - reference.weekday()) % 7)


def _bare_weekday(day: DateValue) -> bool:
    return day.weekday is not None and day.day is None and day.month is None and day.year is None


def _day_and_month(day: DateValue) -> bool:
    return day.month is not None and day.day is not None and day.weekday is None
