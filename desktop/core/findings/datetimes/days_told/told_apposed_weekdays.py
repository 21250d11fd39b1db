"""A calendar day the article writes with its weekday ("passed away Thursday, December 11"),
told where the other article gives that weekday ("died ... Thursday").

The parser reads "Thursday" and "December 11" as two dates; the weekday is told by the other
article, the calendar day stays yellow though the article itself says which weekday it is. A day
named with its weekday in apposition is one day: compared at the precision both give (the
weekday), the other article tells it, as a weekday told by the calendar day that falls on it is
(``told.same_day``). A weekday the other article gives in a frame of another time ("last
Thursday's game") is another day's business and does not count.
"""

from __future__ import annotations

import re

from desktop.core.datetimes.dates import parse_date
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.sentence_facts import when_facts
from desktop.core.findings.untold.told import WHEN
from desktop.core.lexicon.time_words import WEEKDAY_NAME_PATTERN

_APPOSED = re.compile(rf"\b{WEEKDAY_NAME_PATTERN},?\s*$", re.I)
_OWN_WEEKDAY = re.compile(rf"^\s*{WEEKDAY_NAME_PATTERN}\b", re.I)


def date_told_by_its_weekday(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This calendar day comes with its weekday, and the other article gives that weekday."""
    if fact.type not in WHEN or fact.other_event or fact.said_on:
        return False
    if fact.date is None or fact.date.day is None or fact.date.month is None:
        return False
    text = mine.document.text
    apposed = _APPOSED.search(text[max(0, fact.start - 12) : fact.start])
    if apposed is None:
        return False
    named = parse_date(apposed.group(0).rstrip(", "))
    weekday = None if named is None else named.weekday
    return weekday is not None and any(
        not other.other_event
        and other.date is not None
        and other.date.weekday == weekday
        and _OWN_WEEKDAY.match(other.text) is not None
        for other in when_facts(theirs)
    )
