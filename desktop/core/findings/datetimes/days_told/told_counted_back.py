"""Days, weeks and months counted back from the page ("three days ago", "two weeks ago", "six
months ago"), told by the day or month the other article names, and the other way round.

Each article's count is resolved with its own date: "three days ago" in a piece of Friday 2
August is Tuesday 30 July, so "on Tuesday" or "July 30" in the other article tells it; "two
weeks ago" is the week around 19 July; "six months ago" is February. Compared at the precision
both give: a month holds a day counted back into it, a weekday tells only a single day counted
back (a week holds every weekday), a bare year tells nothing this fine. A page with no date
resolves nothing: its count stays as it is.

"Last week" is the calendar week before the page's, Monday to Sunday: "fired a week ago" and
"dismissed last week" tell one another when the day counted back falls in it. "This week" is
the page's own week, and "earlier this week" its days before the page's: "announced earlier this
week" in a piece of Tuesday is told by "announced on Monday".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from desktop.core.datetimes.dates import DateValue, dates_compatible
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.sentence_facts import when_facts
from desktop.core.findings.untold.told import WHEN
from desktop.core.model import MentionType

_AGO = re.compile(
    r"\b(?P<n>\d{1,2}|an?|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>day|week|month)s?\s+ago\b", re.I
)
_LAST_WEEK = re.compile(r"\b(?:last|past|previous)\s+week\b", re.I)
_THIS_WEEK = re.compile(r"\b(?:(?P<earlier>earlier)\s+)?this\s+week\b", re.I)

Span = tuple[date, date]


def counted_back_told(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This count back lands on a day or month the other article names, or this named day or
    month is one the other article counts back to."""
    if fact.said_on or fact.other_event or fact.type not in _DATING:
        return False
    words = mine.document.text[fact.start : fact.end]
    span = _span(words, mine.reference_date)
    if span is not None:
        return any(
            _holds(span, other.date)
            for other in when_facts(theirs)
            if other.date is not None and not other.said_on and not other.other_event
        ) or any(_overlap(span, s) for s in theirs.derived("told_counted_back.spans", _spans))
    if fact.type not in WHEN or fact.date is None:
        return False
    day = fact.date
    return any(_holds(s, day) for s in theirs.derived("told_counted_back.spans", _spans))


_DATING = WHEN | {MentionType.QUANTITY}  # "three days ago" may be read as a quantity of days


def _spans(analysis: Analysis) -> list[Span]:
    """The days the article counts back to, resolved with its own date, made once. A page with
    no date resolves none: its text is not searched."""
    if analysis.reference_date is None:
        return []
    text = analysis.document.text
    matches = [*_AGO.finditer(text), *_LAST_WEEK.finditer(text), *_THIS_WEEK.finditer(text)]
    return [s for m in matches if (s := _span(m.group(0), analysis.reference_date)) is not None]


def _span(words: str, reference: date | None) -> Span | None:
    if reference is None:
        return None
    if _LAST_WEEK.search(words):
        monday = reference - timedelta(days=reference.weekday() + 7)
        return monday, monday + timedelta(days=6)
    this_week = _THIS_WEEK.search(words)
    if this_week is not None:
        monday = reference - timedelta(days=reference.weekday())
        if this_week.group("earlier"):
            # "earlier this week" on a Monday reaches back no day of its own week: the weekend.
            return (monday, reference - timedelta(days=1)) if reference > monday else None
        return monday, monday + timedelta(days=6)
    match = _AGO.search(words)
    if match is None:
        return None
    n = match.group("n").lower()
    number = 1 if n in ("a", "an") else _whole(n)
    if number is None:
        return None
    unit = match.group("unit").lower()
    if unit == "day":
        day = reference - timedelta(days=number)
        return day, day
    if unit == "week":
        middle = reference - timedelta(days=7 * number)
        slack = timedelta(days=tuning.WEEKS_AGO_SLACK_DAYS)
        return middle - slack, middle + slack
    months = reference.year * 12 + reference.month - 1 - number
    first = date(months // 12, months % 12 + 1, 1)
    following = date((months + 1) // 12, (months + 1) % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _whole(words: str) -> int | None:
    number = parse_number(words)
    if number is None or not number.exact or not float(number.low).is_integer():
        return None
    return int(number.low) if number.low > 0 else None


def _overlap(mine: Span, theirs: Span) -> bool:
    """Two counted-back spans that share a day: "a week ago" and "last week"."""
    return mine[0] <= theirs[1] and theirs[0] <= mine[1]


def _holds(span: Span, named: DateValue) -> bool:
    """A day of the span is the named day, month or weekday, at the precision both give."""
    if named.month is None and named.day is None and named.weekday is None:
        return False  # a bare year, or nothing: no time this fine
    first, last = span
    if named.month is None and named.day is None and first != last:
        return False  # a weekday alone tells a single day counted back, not a week
    day = first
    while day <= last:
        value = DateValue(day.year, day.month, day.day, day.weekday())
        if dates_compatible(value, named) is True:
            return True
        day += timedelta(days=1)
    return False
