"""One date told at two precisions: a day in one article, its month in the other.

"on March 11, 2005 he overpowered a guard" / "the March 2005 rampage": when each article names
one date only in that month of that year, the day and the month are one date, the second told
less precisely. The words around them differ ("the rampage" names what the month dates, the day
is given with the deed), so neither the sentences' alignment nor a label decides it: the
calendar does. A bare year ("in 2005") dates too much of a story to be paired this way.
"""

from __future__ import annotations

from collections import defaultdict

from desktop.core.extract import Analysis, Fact


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
