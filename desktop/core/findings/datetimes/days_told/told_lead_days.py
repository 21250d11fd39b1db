"""The day one lead gives the story's event, told by the other lead as a relative day: "Kempthorne
announced major changes Thursday" / "The Interior Department yesterday finalized rules", in
articles with no date of their own.

A yellow mark says the other article does not report this fact anywhere (issue 8, item 4). A news
lead dates the story's event (``lead_days.lead_dates`` compares two leads' days wherever the
sentences stand), so a weekday in one lead and "yesterday" in the other date one happening, even
where the alignment pairs the two leads with other sentences. Compared at the precision both give
(issue 8, item 2): in an article with no date no calendar places "yesterday", so it does not
differ from the weekday; in a dated one it is counted from the article's date and must fall on
the same weekday. A part of the day both name must be the same ("Saturday night" / "this
morning"), and a day a statement was made on ("police said Saturday") is no day of the event.
Only where the other lead names no weekday or calendar day of its own: a day it names is compared
as a value, and a lead naming two days does not say which is the event's.

Two leads that each name one day at precisions that share nothing ("on Dec. 11" with no year
and no page date, "Thursday") likewise do not differ: no calendar says which weekday Dec. 11
was, so neither day is a fact the other article lacks. Where a year or a page date places them,
their weekdays are compared as values (``lead_dates``).
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import dates_compatible
from desktop.core.findings.bookkeeping.claims import lead_sentences
from desktop.core.findings.bookkeeping.sentence_facts import when_facts
from desktop.core.findings.datetimes.days_told.told_relative_days import (
    RELATIVE_DAY_WORDS,
    weekday_by_relative_day,
)
from desktop.core.findings.untold.told import WHEN, part_of_day


def weekday_by_lead_relative_day(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This lead's weekday of the event is the relative day the other lead dates it by, or this
    lead's relative day no date places is the weekday the other lead gives."""
    if fact.type not in WHEN or fact.said_on or fact.other_event:
        return False
    if fact.sentence >= _lead(mine):
        return False
    lead = _lead(theirs)
    days = _lead_days(theirs)
    if fact.date is not None and fact.date.weekday is not None and fact.date.day is None:
        if days:
            return False  # the other lead names a day: compared as values, never hidden here
        # Their lead's relative day in running text, or one their parser read but no date places.
        partners = {fact.sentence: [(j, 1.0) for j in range(lead)]}
        return weekday_by_relative_day(fact, mine, theirs, partners) or any(
            _unplaced(f, theirs) and _parts_agree(fact, f) for f in _lead_whens(theirs)
        )
    if not _unplaced(fact, mine) or len(days) != 1:
        return False
    day = days[0]
    return day.date is not None and day.date.weekday is not None and _parts_agree(fact, day)


def day_at_no_shared_precision(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This lead's one day and the other lead's one day share no precision to compare at."""
    if fact.type not in WHEN or fact.said_on or fact.other_event or fact.date is None:
        return False
    if fact.sentence >= _lead(mine):
        return False
    ours = _lead_days(mine)
    if not any(f is fact for f in ours) or len({f.date for f in ours}) != 1:
        return False
    days = _lead_days(theirs)
    if len({f.date for f in days}) != 1:
        return False
    other = days[0].date
    return (
        other is not None
        and dates_compatible(fact.date, other) is None
        and _parts_agree(fact, days[0])
    )


def _parts_agree(a: Fact, b: Fact) -> bool:
    parts = (part_of_day(a.text), part_of_day(b.text))
    return None in parts or parts[0] == parts[1]


def _lead(analysis: Analysis) -> int:
    return analysis.derived("told_lead_days.lead", lead_sentences)


def _lead_whens(analysis: Analysis) -> list[Fact]:
    """The lead's days and times, less those of a statement or of another event. Only where the
    facts stand is kept across calls (it never changes); what a pass marks on them is read here."""
    found = analysis.derived("told_lead_days.whens", _whens_in_lead)
    return [f for f in found if not f.said_on and not f.other_event]


def _whens_in_lead(analysis: Analysis) -> list[Fact]:
    lead = _lead(analysis)
    return [f for f in when_facts(analysis) if f.sentence < lead]


def _lead_days(analysis: Analysis) -> list[Fact]:
    """The weekdays and calendar days the lead dates something by."""
    return [
        f
        for f in _lead_whens(analysis)
        if f.date is not None and (f.date.weekday is not None or f.date.day is not None)
    ]


def _unplaced(fact: Fact, analysis: Analysis) -> bool:
    """ "yesterday" the parser read, in an article with no date to count it from."""
    return (
        analysis.reference_date is None
        and fact.date is None
        and RELATIVE_DAY_WORDS.search(fact.text) is not None
    )
