"""How two dates or clock times relate, at the precision each text gives them.

A weekday stays a weekday and "Sept. 22" a day without a year; a night of one day and the small
hours of the next, a past and a coming year, a span of years and weekdays weeks apart are never
two readings of one day.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.datetimes.small_hours import SMALL_HOURS
from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import DateValue, calendar_day, dates_compatible
from desktop.core.figures.numbers.values import parse_date as _parse_date
from desktop.core.findings.bookkeeping.figures import Relation
from desktop.core.findings.datetimes.clocks.clock_dials import two_dials
from desktop.core.findings.datetimes.days.calendar_weekdays import (
    SAME_WEEK_DAYS,
    on_the_calendar,
    weekday_beside_day,
)
from desktop.core.findings.datetimes.days.day_parts import parts_apart
from desktop.core.findings.datetimes.days.history_dates import history_and_news
from desktop.core.findings.datetimes.days.later_news import after_the_other_page
from desktop.core.findings.datetimes.days.steps import days_of_two_steps, two_steps
from desktop.core.findings.datetimes.spans_told.told_years import count_at_odds
from desktop.core.model import MentionType


def written_date(fact: Fact, reference: date | None) -> DateValue | None:
    """The date at the precision the text gives; relative days resolved against the article's date.

    "Friday" stays a weekday and "Sept. 22" a day without a year, so a guessed year or a guessed
    week never makes a conflict; "yesterday" and "last night" need the article's own date.
    """
    if fact.date is None:
        return None
    if fact.lapse_day:
        return fact.date  # counted from a day the article names, at that day's precision
    plain = _parse_date(fact.text, None)
    if plain is not None and not plain.is_empty:
        return plain
    resolved = _parse_date(fact.text, reference)
    return resolved if resolved is not None and not resolved.is_empty else None


def date_relation(a: Fact, b: Fact, refs: tuple[date | None, date | None]) -> Relation | None:
    if a.type is MentionType.TIME and b.type is MentionType.TIME:
        if two_steps(a, b):
            return None  # "pronounced dead at 1:05 a.m." / "shot at 12:40 a.m.": two steps
        clocks = clock_time(a), clock_time(b)
        if clocks[0] and clocks[1]:
            if clocks[0] != clocks[1] and two_dials(a, b):
                return None  # "11:00 GMT" / "3 p.m.": the zone between them is not known
            if clocks[0] != clocks[1]:
                return Relation.CLASH
            if a.date is None or b.date is None:
                return Relation.SAME
    if days_of_two_steps(a, b):
        return None  # "shot and killed June 3" / "was arrested June 12": two happenings
    if a.text.lower() == b.text.lower():
        # "today" / "today" on pages stamped a day apart: the same words, the same day as told.
        return Relation.SAME
    days = _days_to_compare(a, b, refs)
    if days is None:
        return None
    da, db = days
    if _past_and_coming((da, db), refs) or history_and_news((da, db), refs):
        return None
    if count_at_odds(a, b, refs):
        return None  # "earlier this year" on a March page / "in September": left one-sided
    verdict = dates_compatible(da, db)
    if verdict is None or (verdict is False and _one_night(a, b, (da, db))):
        return None
    if verdict is False and after_the_other_page((da, db), refs):
        return None  # "yesterday" on a page of 4 March / "today" on one of 28 April: two stages
    if verdict is False and a.deadline != b.deadline:
        return _within_deadline((da, db) if a.deadline else (db, da))
    return Relation.SAME if verdict and not parts_apart(a, b) else Relation.CLASH


def _days_to_compare(
    a: Fact, b: Fact, refs: tuple[date | None, date | None]
) -> tuple[DateValue, DateValue] | None:
    """The two days as written, or None when they are no two readings of one day."""
    da, db = written_date(a, refs[0]), written_date(b, refs[1])
    if da is None or db is None or _span_of_years(a, b):
        return None
    if weekday_beside_day((da, db)):
        # "shot Saturday" / "shot on Aug. 8": the calendar gives the day its weekday.
        return on_the_calendar((a, b), (da, db), refs)
    return None if _weeks_apart(a, b, (da, db)) else (da, db)


def _within_deadline(days: tuple[DateValue, DateValue]) -> Relation | None:
    """ "By 1958 her modeling days had ended" / "ended her career in 1957": a deadline allows
    any time up to it, and only a later year goes against it. Without years to set in order
    ("by Saturday evening" / "Friday night") the deadline says nothing the other day denies."""
    deadline, day = days
    if deadline.year is None or day.year is None:
        return None
    # Set in order at the precision both give: "by June 1958" against "July 1958" is late.
    shared = [(deadline.year, day.year)]
    for field in ("month", "day"):
        parts = getattr(deadline, field), getattr(day, field)
        if parts[0] is None or parts[1] is None:
            break
        shared.append(parts)
    deadline_at, day_at = tuple(p[0] for p in shared), tuple(p[1] for p in shared)
    return Relation.CONSISTENT if day_at <= deadline_at else Relation.CLASH


# Why a night of one day and the small hours of the next are no clash, in a finding's reason.
ONE_NIGHT_WHY = (
    "A night runs over two dates, and reporters date what happened around midnight by either."
)


def one_night(a: Fact, b: Fact, refs: tuple[date | None, date | None]) -> bool:
    """The night of one day against the small hours of the next (see ``_one_night``)."""
    da = written_date(a, refs[0])
    return da is not None and one_night_after(da, a, b, refs[1])


def names_a_night_hour(fact: Fact) -> bool:
    """The fact's words give a day's late hours or the next day's small hours: without either,
    ``one_night`` holds against no fact at all."""
    return bool(_NIGHT.search(fact.text) or _SMALL_HOURS.search(fact.text) or fact.small_hours)


def one_night_after(written: DateValue, a: Fact, b: Fact, reference: date | None) -> bool:
    """``one_night`` with ``a``'s date as written already read: a caller that tries one fact
    against every day of the other article reads it once."""
    db = written_date(b, reference)
    return db is not None and _one_night(a, b, (written, db))


def _past_and_coming(
    days: tuple[DateValue, DateValue], refs: tuple[date | None, date | None]
) -> bool:
    """ "hosted the Academy Awards in 2007" / "will host the 2014 Oscars", each on a page of
    2013: a year before its page's year and one after it are a past and a coming happening,
    never one thing dated twice."""
    sides = set()
    for day, ref in zip(days, refs, strict=True):
        if day.year is None or ref is None or day.year == ref.year:
            return False
        sides.add(day.year < ref.year)
    return len(sides) == 2


def _span_of_years(a: Fact, b: Fact) -> bool:
    """ "between 1991 and 1998", "from 2001 to 2004", "the 1940s": a span of years holds many
    dates, so a year inside it is no clash and the parser's first year alone is no date to
    compare."""
    return any(len(_YEAR.findall(f.text)) > 1 or _DECADE.search(f.text) for f in (a, b))


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "the 1940s", "the 1970's": ten years, never the first of them.
_DECADE = re.compile(r"\b(?:1[89]|20)\d0'?s\b")


def _one_night(a: Fact, b: Fact, written: tuple[DateValue, DateValue]) -> bool:
    """ "late Saturday night" / "just after midnight Sunday": a night runs over two dates, and
    reporters date a shooting around midnight by either. A night of one day and the small hours
    of the next are not told apart."""
    for (night, dn), (early, de) in (
        ((a, written[0]), (b, written[1])),
        ((b, written[1]), (a, written[0])),
    ):
        small_hours = _SMALL_HOURS.search(early.text) or early.small_hours
        if (_NIGHT.search(night.text) or night.midnight) and small_hours and _next_day(dn, de):
            return True
    return False


def _next_day(first: DateValue, then: DateValue) -> bool:
    if first.weekday is not None and then.weekday is not None:
        return (first.weekday + 1) % 7 == then.weekday
    days = calendar_day(first), calendar_day(then)
    if days[0] is not None and days[1] is not None:
        return (days[1] - days[0]).days == 1
    return first.day is not None and then.day is not None and then.day == first.day + 1


# Words of a day's late hours and of the next day's small hours. "overnight Friday" and
# "around midnight Saturday" straddle two dates: the night of the day they name as well as its
# small hours (small_hours.py), so either neighbour's hours may tell them; "after midnight
# Sunday" is Sunday's small hours only.
_NIGHT = re.compile(
    r"\b(night|late|evening|overnight|(?<!after\s)midnight|(1[01]|[6-9])(:\d\d)?\s*p\.?m\.?)",
    re.I,
)
_SMALL_HOURS = SMALL_HOURS


def _weeks_apart(a: Fact, b: Fact, written: tuple[DateValue, DateValue]) -> bool:
    if not any(w.weekday is not None and w.day is None for w in written):
        return False
    days = [calendar_day(f.date) for f in (a, b)]
    if days[0] is None or days[1] is None:
        return False
    return abs((days[0] - days[1]).days) > SAME_WEEK_DAYS


def clock_time(fact: Fact) -> str:
    if fact.type is not MentionType.TIME:
        return ""
    head = fact.value.split(" ")[0]
    return head if len(head) == 5 and head[2] == ":" else ""
