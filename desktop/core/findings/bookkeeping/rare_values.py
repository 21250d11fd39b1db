"""Values of a rare kind that two reports of one story give for one happening, however
differently the sentences around them are built: a month of a year each article names once
("The Heff crowned Page Playmate of the Month in January of 1955" / "a centrefold in the January
1955 issue of the then fledgling Playboy magazine"), and a run of days or weeks the story
counts ("hurt in the protests over the past eight days" / "after eight days of the worst
riots").

A weekday, a bare year or a small count turns up all over a story, of different things, so
``apart_facts`` agrees them only when what they are about is named alike. A month of a given year
is rarer: a report names it for one happening of its story, and when each of two reports of one
story names it once, they name it for the same happening. A month an article names twice may
date two things, so it keeps needing a shared thing. A run of days or weeks is the time the
story's happening has run ("eight days ago" the shooting, "eight days of riots" since): every
telling of that span in either article tells that one time. ``apart_facts`` never offers a value
tied to another event, a coming one, a source's day or the time between two happenings
("nine days after"), so none of those is read as the story's own.
"""

from __future__ import annotations

from collections import Counter

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.running_spans import RUNNING_SPAN_UNITS
from desktop.core.model import MentionType

_SPAN = "duration:"


def rare_values(analysis: Analysis) -> frozenset[str]:
    """The keys of the article's rare values: a month of a year it writes exactly once (counting
    every telling, judged or not: a second telling may date another thing), and every run of
    days or weeks it counts."""
    months = Counter(fact.key for fact in analysis.facts if _month_of_year(fact))
    return frozenset(
        {key for key, count in months.items() if count == 1}
        | {fact.key for fact in analysis.facts if _running_span(fact)}
    )


def _month_of_year(fact: Fact) -> bool:
    """ "January of 1955", "December 13 2008": the month and the year written, not a weekday
    the parser dated from the page ("Friday" is read as a full date, but says only a day)."""
    told = fact.date
    return (
        fact.type is MentionType.DATE
        and told is not None
        and told.year is not None
        and told.month is not None
        and str(told.year) in fact.text
    )


def _running_span(fact: Fact) -> bool:
    """ "eight days", "two weeks": more than one day or week, counted exactly."""
    number = fact.number
    return (
        fact.key.startswith(_SPAN)
        and number is not None
        and number.exact
        and number.low == number.high >= 2
        and number.dimension in RUNNING_SPAN_UNITS
    )


def one_rare_value(fa: Fact, fb: Fact, rare: frozenset[str]) -> bool:
    """The same rare value on both sides: one telling of it in each, or two tellings of a span."""
    return fa.key == fb.key and fa.key in rare and (_month_of_year(fa) or _running_span(fa))


def one_span(facts: list[Fact], rare: frozenset[str]) -> bool:
    """Tellings of one run of days or weeks: one time, however often the article gives it."""
    return bool(facts) and all(
        f.key == facts[0].key and f.key in rare and _running_span(f) for f in facts
    )


def rare_reason(fa: Fact, fb: Fact) -> str:
    """Why the two agree, in a journalist's words."""
    what = "run of time" if _running_span(fa) else "month of the same year"
    return (
        f"Both articles give the same {what} for one happening, wherever each tells it: "
        f"the left {fa.text!r}, the right {fb.text!r}."
    )
