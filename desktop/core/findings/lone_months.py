"""One date told at two precisions: a day in one article, its month in the other.

"on March 11, 2005 he overpowered a guard" / "the March 2005 rampage": when each article names
one date only in that month of that year, the day and the month are one date, the second told
less precisely. The words around them differ ("the rampage" names what the month dates, the day
is given with the deed), so neither the sentences' alignment nor a label decides it: the
calendar does. So are a year alone and a day or month in it ("the 2014 Oscars" / "Oscar Sunday,
March 2, 2014") when neither article names another date in that year: a story that dates several
things in one year ("in 2005 ... on March 11, 2005") keeps them apart, and "in 2008" in a piece
written in 2008, or in a speaker's words, says "these days", no date of a happening.

``told_months`` holds the other half of the rule: a day and its month that do not become one
agreement here still lose their yellow marks there.
"""

from __future__ import annotations

from collections import defaultdict

from desktop.core.extract import Analysis, Fact
from desktop.core.model import TextRange
from desktop.core.quotes import quoted_stretches


def _month(fact: Fact) -> tuple[int, int] | None:
    d = fact.date
    if d is None or d.year is None or d.month is None or fact.coming:
        return None
    return (d.year, d.month)


def month_dates(analysis: Analysis) -> dict[tuple[int, int], set[int | None]]:
    """(year, month) -> the days the article names in it (None for the month alone)."""
    return analysis.derived("lone_months.dates", _month_dates)


def _month_dates(analysis: Analysis) -> dict[tuple[int, int], set[int | None]]:
    found: dict[tuple[int, int], set[int | None]] = defaultdict(set)
    for fact in analysis.facts:
        month = _month(fact)
        if month is not None and not fact.weak:
            found[month].add(fact.date.day if fact.date is not None else None)
    return dict(found)


def _year(fact: Fact) -> int | None:
    return None if fact.date is None else fact.date.year


def year_dates(analysis: Analysis) -> dict[int, set[tuple[int | None, int | None]]]:
    """year -> the (month, day) the article names in it ((None, None) for the year alone)."""
    return analysis.derived("lone_months.years", _year_dates)


def _year_dates(analysis: Analysis) -> dict[int, set[tuple[int | None, int | None]]]:
    found: dict[int, set[tuple[int | None, int | None]]] = defaultdict(set)
    for fact in analysis.facts:
        year = _year(fact)
        if year is not None and fact.date is not None and not fact.weak:
            found[year].add((fact.date.month, fact.date.day))
    return dict(found)


def year_and_its_day(a: Fact, b: Fact, left: Analysis, right: Analysis) -> bool:
    """One of ``a`` and ``b`` is a year alone, the other a day or month of that year, and each
    is its article's only date in that year."""
    year = _year(a)
    if year is None or year != _year(b) or a.date is None or b.date is None:
        return False
    parts = ((a.date.month, a.date.day), (b.date.month, b.date.day))
    if (parts[0] == (None, None)) == (parts[1] == (None, None)):
        return False
    bare, fact = (left, a) if parts[0] == (None, None) else (right, b)
    if bare.reference_date is not None and bare.reference_date.year == year:
        return False  # "in 2008" written in 2008 is "these days", not the date of a happening
    if any(r.start <= fact.start < r.end for r in _quoted(bare)):
        return False  # a speaker's "in 2008, in a country of the EU" is rhetoric, not a dating
    return year_dates(left).get(year) == {parts[0]} and year_dates(right).get(year) == {parts[1]}


def _quoted(analysis: Analysis) -> list[TextRange]:
    return analysis.derived("lone_months.quoted", lambda a: quoted_stretches(a.document.text))


def day_and_its_month(a: Fact, b: Fact, left: Analysis, right: Analysis) -> bool:
    """One of ``a`` and ``b`` is a full day, the other that day's month and year alone, and
    each is its article's only date in that month."""
    month = _month(a)
    if month is None or month != _month(b) or a.date is None or b.date is None:
        return False
    days = (a.date.day, b.date.day)
    if (days[0] is None) == (days[1] is None):
        return False  # two days, or two months: compared as they are written
    return month_dates(left).get(month) == {days[0]} and month_dates(right).get(month) == {days[1]}
