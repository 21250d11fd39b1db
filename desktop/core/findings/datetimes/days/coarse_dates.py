"""One date told at two precisions: a day in one article, its month or year in the other.

"on March 11, 2005 he overpowered a guard" / "the March 2005 rampage": the words around them
differ ("the rampage" names what the month dates, the day is given with the deed), so neither
the sentences' alignment nor a label decides it: the calendar does. Dates are compared at the
precision both sides give (issue 8, item 2). One rule, at two strengths:

* One agreement (``day_and_its_month``, ``year_and_its_day``): when each article names one date
  only in that month of that year, the day and the month are one date, the second told less
  precisely. So are a year alone and a day or month in it ("the 2014 Oscars" / "Oscar Sunday,
  March 2, 2014") when neither article names another date in that year: a story that dates
  several things in one year ("in 2005 ... on March 11, 2005") keeps them apart, and "in 2008"
  in a piece written in 2008, or in a speaker's words, says "these days", no date of a happening.
* No yellow mark (``month_told_by_its_day``, ``day_told_by_its_month``). A yellow mark says the
  other article does not report this fact anywhere (item 4):

  - a month the other article gives a day of is reported there, at a finer precision;
  - a day written with its month ("March 11, 2005") whose month is what the other article gives
    ("March 2005") is reported there at the coarser precision, the two sharing the month's
    words, when this article gives no other day of that month: the month can then stand for no
    other day of this article. Beside another day of the same month, the day is the finer fact
    the other side lacks, and stays marked; so is a weekday ("Thursday night") a page's date
    places in that month: the other article never writes the month of it.

Every date is read through ``date_of`` with the caller's guard named: a mark is lifted only for
a date of the event (``of_the_event``: a day someone spoke on, "police said Sunday", is the
statement's), a month is agreed only where it has happened (``has_happened``: "due in court
Tuesday" dates what is yet to come), and a year is read from any date (``any_date``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import DateValue
from desktop.core.findings.untold.told import WHEN
from desktop.core.lexicon.happenings import DATED_WORK_NOUNS
from desktop.core.model import TextRange
from desktop.core.quoting.quotes import quoted_stretches

Guard = Callable[[Fact], bool]


def of_the_event(fact: Fact) -> bool:
    """A date or time of the event, not the day of a statement ("police said Sunday")."""
    return fact.type in WHEN and not fact.said_on


def has_happened(fact: Fact) -> bool:
    """Not a date yet to come ("due in court Tuesday")."""
    return not fact.coming


def any_date(fact: Fact) -> bool:
    return True


def date_of(fact: Fact, *, guard: Guard) -> DateValue | None:
    """The date a fact gives, where the caller's guard lets it count."""
    return fact.date if fact.date is not None and guard(fact) else None


# --- One agreement: the day and its month (or year), each its article's only date there ---


def day_and_its_month(a: Fact, b: Fact, left: Analysis, right: Analysis) -> bool:
    """One of ``a`` and ``b`` is a full day, the other that day's month and year alone, and
    each is its article's only date in that month."""
    month = _year_month(a)
    if month is None or month != _year_month(b) or a.date is None or b.date is None:
        return False
    if a.labels != b.labels and {a.labels, b.labels} & DATED_WORK_NOUNS:
        return False  # "the March 2005 report" names a report by its month
    days = (a.date.day, b.date.day)
    if (days[0] is None) == (days[1] is None):
        return False  # two days, or two months: compared as they are written
    return month_dates(left).get(month) == {days[0]} and month_dates(right).get(month) == {days[1]}


def year_and_its_day(a: Fact, b: Fact, left: Analysis, right: Analysis) -> bool:
    """One of ``a`` and ``b`` is a year alone, the other a day or month of that year, and each
    is its article's only date in that year."""
    year = _year(a)
    if year is None or year != _year(b) or a.date is None or b.date is None:
        return False
    if a.labels != b.labels and {a.labels, b.labels} & DATED_WORK_NOUNS:
        return False  # "The 2005 entry" names a diary entry by its year, not the day of a happening
    parts = ((a.date.month, a.date.day), (b.date.month, b.date.day))
    if (parts[0] == (None, None)) == (parts[1] == (None, None)):
        return False
    bare, fact = (left, a) if parts[0] == (None, None) else (right, b)
    if bare.reference_date is not None and bare.reference_date.year == year:
        return False  # "in 2008" written in 2008 is "these days", not the date of a happening
    if any(r.start <= fact.start < r.end for r in _quoted(bare)):
        return False  # a speaker's "in 2008, in a country of the EU" is rhetoric, not a dating
    return year_dates(left).get(year) == {parts[0]} and year_dates(right).get(year) == {parts[1]}


def month_dates(analysis: Analysis) -> dict[tuple[int, int], set[int | None]]:
    """(year, month) -> the days the article names in it (None for the month alone)."""
    return analysis.derived("coarse_dates.months", _month_dates)


def year_dates(analysis: Analysis) -> dict[int, set[tuple[int | None, int | None]]]:
    """year -> the (month, day) the article names in it ((None, None) for the year alone)."""
    return analysis.derived("coarse_dates.years", _year_dates)


def _month_dates(analysis: Analysis) -> dict[tuple[int, int], set[int | None]]:
    found: dict[tuple[int, int], set[int | None]] = defaultdict(set)
    for fact in analysis.facts:
        month = _year_month(fact)
        if month is not None and not fact.weak:
            found[month].add(fact.date.day if fact.date is not None else None)
    return dict(found)


def _year_dates(analysis: Analysis) -> dict[int, set[tuple[int | None, int | None]]]:
    found: dict[int, set[tuple[int | None, int | None]]] = defaultdict(set)
    for fact in analysis.facts:
        year = _year(fact)
        if year is not None and fact.date is not None and not fact.weak:
            found[year].add((fact.date.month, fact.date.day))
    return dict(found)


def _year_month(fact: Fact) -> tuple[int, int] | None:
    """The (year, month) of a date that gives both, with or without a day."""
    date = date_of(fact, guard=has_happened)
    return (
        None if date is None or date.year is None or date.month is None else (date.year, date.month)
    )


def _year(fact: Fact) -> int | None:
    date = date_of(fact, guard=any_date)
    return None if date is None else date.year


def _quoted(analysis: Analysis) -> list[TextRange]:
    return analysis.derived("coarse_dates.quoted", lambda a: quoted_stretches(a.document.text))


# --- No yellow mark: the day or the month the other article tells at the other precision ---


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
    """The month an event's date gives, without a day or weekday in it."""
    date = date_of(fact, guard=of_the_event)
    if date is None or date.month is None:
        return None
    return date if date.day is None and date.weekday is None else None


def _day(fact: Fact) -> DateValue | None:
    """The calendar day an event's date gives: a month and a day in it."""
    date = date_of(fact, guard=of_the_event)
    if date is None:
        return None
    return date if date.month is not None and date.day is not None else None


def _holds(month: DateValue, day: DateValue) -> bool:
    """The month holds the day: the same month, and the same year where both give one."""
    same_year = month.year is None or day.year is None or month.year == day.year
    return month.month == day.month and same_year
