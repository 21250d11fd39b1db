"""A calendar day the other article gives as a relative day counted from its own date: "caught
fire yesterday (July 21st)" in a piece of 22 July / "FIRE crews were this morning called" in a
piece dated Sunday, July 21, 2013.

A yellow mark says the other article does not report this fact anywhere. "This morning" in an
article of 21 July is 21 July: counted from the article's own date, the relative day names the
same calendar day, at the precision a report written that day gives. The parser may read such a
relative day as a time with no date ("this morning"), so the words are looked up in the text.
Where the article has no date of its own, no calendar places its relative day: then a calendar
day is told by a relative day only in the sentence aligned with this one as one statement
("reported Dec. 11 final changes" / "yesterday finalized rules"), where the two, compared at
the precision both give, do not differ (told.py does the same for a weekday).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import opens_sentence
from desktop.core.figures.numbers.values import calendar_day
from desktop.core.findings.alignment.statement_partners import statement_partners
from desktop.core.findings.datetimes.days_told.told_relative_days import RELATIVE_DAY_WORDS
from desktop.core.findings.untold.told import WHEN
from desktop.core.lexicon import RELATIVE_DAYS


def day_told_relatively(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This calendar day is a day the other article names relative to its own date, or this
    relative day, counted from this article's date, is a calendar day the other names."""
    if fact.type not in WHEN or fact.other_event:
        return False
    day = calendar_day(fact.date)
    if day is not None:
        return day in theirs.derived("told_dated_relative_days.days", _relative_days)
    mine_days = _relative_days_in(fact.text, mine.reference_date)
    return bool(mine_days) and any(
        calendar_day(other.date) in mine_days for other in theirs.facts if other.type in WHEN
    )


def day_by_unplaced_relative_day(
    fact: Fact, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """A calendar day whose statement partner, in an article with no date, says when with a
    relative day."""
    if (
        fact.type not in WHEN
        or fact.other_event
        or fact.said_on
        or theirs.reference_date is not None
        or fact.date is None
        or fact.date.day is None
    ):
        return False
    text = theirs.document.text
    for sentence in statement_partners(fact, theirs, partners):
        found = RELATIVE_DAY_WORDS.finditer(text, sentence.start, sentence.end)
        if any(not _in_a_name(text, m) for m in found):
            return True
    return False


def _relative_days(analysis: Analysis) -> frozenset[date]:
    """The calendar days the article's relative days name, counted from its own date."""
    return _relative_days_in(analysis.document.text, analysis.reference_date)


def _relative_days_in(text: str, reference: date | None) -> frozenset[date]:
    if reference is None:
        return frozenset()
    return frozenset(
        reference + timedelta(days=RELATIVE_DAYS[" ".join(m.group(0).lower().split())])
        for m in RELATIVE_DAY_WORDS.finditer(text)
        if not _in_a_name(text, m)
    )


def _in_a_name(text: str, match: re.Match[str]) -> bool:
    """ "USA Today", "Good Morning America": a capitalised relative word inside a sentence is
    part of a name, not a day."""
    if not match.group(0)[0].isupper():
        return False
    return not opens_sentence(text, match.start())
