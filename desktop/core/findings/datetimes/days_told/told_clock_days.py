"""The weekday of a clock time the other article tells without a day: "called to the premises
shortly before 9pm on Friday" / "the blaze, which broke out at about 2045 GMT".

A yellow mark says the other article does not report this fact anywhere (issue 8, item 4). A
weekday joined to a clock time ("9pm on Friday", "Friday at 3 p.m.") is one time expression: it
names one moment, and the other article that gives the moment by its clock alone tells it at the
precision it gives (issue 8, item 2). A bare clock time in a news story is a time of the story's
day, so the day is not a further fact that article lacks. Only where the other article gives its
clock times no day of their own and its lead names no other day: a day it names there is
compared as a value (``clock_day_conflicts``, ``lead_dates``), never hidden here.
"""

from __future__ import annotations

import re

from desktop.core.datetimes.clock import parse_time
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.claims import lead_sentences
from desktop.core.findings.bookkeeping.sentence_facts import facts_of, when_facts
from desktop.core.findings.datetimes.days_told.told_days import close_clock_told
from desktop.core.findings.untold.told import WHEN, told_elsewhere
from desktop.core.model import MentionType

# "9pm on Friday", "Friday at 3 p.m.", "Friday, 9 p.m.": a weekday and a clock as one expression.
_JOINED = re.compile(r"\s*(?:,|on|at)?\s*")


def day_of_a_told_clock(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This weekday is joined to a clock time the other article tells, and that article dates
    none of its clock times nor its lead by another day."""
    day = fact.date
    if fact.type not in WHEN or fact.said_on or fact.other_event or day is None:
        return False
    if day.weekday is None or parse_time(fact.text) is not None:
        return False  # no weekday, or a clock in the fact itself (told.py compares that)
    text = mine.document.text
    clocks = [
        f
        for f in facts_of(mine, fact.sentence)
        if f.type is MentionType.TIME
        and parse_time(f.text) is not None
        and (
            (f.end <= fact.start and _JOINED.fullmatch(text, f.end, fact.start))
            or (fact.end <= f.start and _JOINED.fullmatch(text, fact.end, f.start))
        )
    ]
    if not any(close_clock_told(c, mine, theirs) or told_elsewhere(c, theirs) for c in clocks):
        return False
    return not _other_day_named(fact, theirs)


def _other_day_named(fact: Fact, theirs: Analysis) -> bool:
    """The other article names a day beside one of its clock times, or its lead names a day
    other than this one: then its days are compared, not taken as told."""
    assert fact.date is not None
    lead = lead_sentences(theirs)
    clocked = {f.sentence for f in when_facts(theirs) if parse_time(f.text) is not None}
    for other in when_facts(theirs):
        d = other.date
        if d is None or (d.weekday is None and d.day is None) or other.said_on:
            continue
        if other.sentence in clocked:
            return True
        if other.sentence < lead and d.weekday != fact.date.weekday:
            return True
    return False
