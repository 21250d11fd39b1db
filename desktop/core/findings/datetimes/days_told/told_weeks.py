"""A week counted from the writing ("last week", "earlier this week", "a week ago"), told by the
other article at the finer precision of a day.

A week is compared at the precision both sides give: "was fired last week" is told by "was fired
last Thursday", and "will be back at the table this week" by a sentence aligned with it that says
"on Monday". Where this article has a date, its week is a span of days, and a day the other
article dates inside that span tells it ("last week" in a piece of Tuesday 9 December, "on
Thursday, Dec. 4" in the other).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.lexicon.time_words import WEEKDAY_NAME_PATTERN
from desktop.core.model import MentionType

_WEEK = re.compile(
    r"\b(?:(?P<last>last|past|previous)\s+week|a\s+week\s+ago|"
    r"(?P<this>(?:earlier\s+|later\s+)?this)\s+week)\b",
    re.I,
)
_NAMED_DAY = re.compile(
    rf"\b{WEEKDAY_NAME_PATTERN}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    re.I,
)
_LAST_WEEKDAY = re.compile(rf"\blast\s+{WEEKDAY_NAME_PATTERN}\b", re.I)
_WHEN = frozenset({MentionType.DATE, MentionType.TIME})


def week_told(
    fact: Fact,
    mine: Analysis,
    theirs: Analysis,
    partners: dict[int, list[tuple[int, float]]],
) -> bool:
    """The other article tells this week at a day's precision: for "this week" a weekday in a
    sentence aligned with this one, for "last week" a "last Thursday" anywhere, or a dated day
    inside the week. A plain weekday in an aligned sentence does not tell "last week": with no
    date to place either, "on Monday" may be the coming one ("reports last week" / "will resume
    talks on Monday")."""
    if fact.type not in _WHEN:
        return False
    week = _WEEK.search(fact.text)
    if week is None or _NAMED_DAY.search(fact.text):
        return False
    spans = _days(week, mine.reference_date)
    # A sentence that names a day of its own ("fired last week, returned on Monday") leaves the
    # partner's day to that one.
    own_day = any(
        f.type in _WHEN and _NAMED_DAY.search(f.text) for f in facts_of(mine, fact.sentence)
    )
    aligned = {j for j, _ in partners.get(fact.sentence, ())} if not own_day else set()
    past = week.group("last") is not None or "ago" in week.group(0).lower()
    if past and any(_past_week(_sentence_text(theirs, j)) for j in aligned):
        return True  # "dismissed last week" / "fired a week ago": one week, counted back
    for other in theirs.facts:
        if other.type not in _WHEN or other.said_on or other.other_event:
            continue
        inside = _inside(other, spans)
        if inside is False:
            continue
        if not past and other.sentence in aligned and _NAMED_DAY.search(other.text):
            return True  # "this week" / "on Monday": a weekday with no "last" is this week's
        if past and _LAST_WEEKDAY.search(other.text):
            return True
        if inside:
            return True
    return False


def _past_week(text: str) -> bool:
    """The words count a week back from the writing: "last week", "the past week", "a week ago"
    (the parser may read no date in them). Two such weeks in sentences telling one thing are
    one week, told at the precision both give."""
    return any(
        week.group("last") is not None or "ago" in week.group(0).lower()
        for week in _WEEK.finditer(text)
    )


def _sentence_text(analysis: Analysis, j: int) -> str:
    sentence = analysis.sentences[j]
    return analysis.document.text[sentence.start : sentence.end]


def _inside(fact: Fact, spans: list[tuple[date, date]]) -> bool | None:
    """Whether the fact's day lies in the week; None when either cannot be placed."""
    d = fact.date
    if not spans or d is None or d.year is None or d.month is None or d.day is None:
        return None
    day = date(d.year, d.month, d.day)
    return any(first <= day <= last for first, last in spans)


def _days(week: re.Match[str], written: date | None) -> list[tuple[date, date]]:
    """The days a week phrase may span, from the day of writing: "this week" its own Monday to
    Sunday; "last week" and "a week ago" the calendar week before, or the seven days before the
    writing (a reporter's "last week" on a Tuesday may mean last Wednesday)."""
    if written is None:
        return []
    monday = written - timedelta(days=written.weekday())
    if week.group("this"):
        return [(monday, monday + timedelta(days=6))]
    return [
        (monday - timedelta(days=7), monday - timedelta(days=1)),
        (written - timedelta(days=7), written - timedelta(days=1)),
    ]
