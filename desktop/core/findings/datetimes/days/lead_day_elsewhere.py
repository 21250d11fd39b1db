"""The day one lead gives the event, against the one day the other article gives anywhere.

"A ferry sank off the coast on Sunday, killing 12" / (lead without a day) ... "The ferry went
down on Monday in rough seas" (fifth paragraph): a news lead dates the story's event, and an
article whose lead names no day but which names exactly one day of a happening in all its
length gives that day to the story's event too, wherever the sentence stands and whatever the
alignment paired it with. ``lead_days`` compares two leads' days; this pass takes over when only
one lead dates the event. The other article's day is never a statement's ("police said
Monday"), a later step's ("was charged Monday"), a coming one's ("due in court Monday"), a
report's, a page's stamp or dateline, or one the article ties to another happening; when the
article names any other day of a happening, it does not say which is the event's, and nothing
is said. The two sentences must speak of one thing (a word in common besides days and words of
saying: the ferry, the man's name, the clinic) and tell the deed of one doer (``day_doers``),
and neither article may name the other's day anywhere, as ``event_days`` asks.
"""

from __future__ import annotations

from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    claimable,
    dates_a_report,
    lead_sentences,
    relation,
)
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.datetimes.days.day_doers import one_doer
from desktop.core.findings.datetimes.days.event_days import STEPS, DaysNamed, days_named
from desktop.core.findings.datetimes.days.lead_days import datelined, page_stamp
from desktop.core.findings.events.happenings import happening
from desktop.core.lexicon import DAY_PARTS, GENERIC_SLOT_WORDS
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.quoting.attribution import REPORTING_VERBS

Refs = tuple[date | None, date | None]


def lead_day_elsewhere(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """One lead's day of the event against the other article's only day of a happening."""
    refs: Refs = (left.reference_date, right.reference_date)
    named = (days_named(left), days_named(right))
    sides = ((Side.LEFT, left), (Side.RIGHT, right))
    in_lead = [_event_days(a, s, ledger, lead=True) for s, a in sides]
    drafts: list[Draft] = []
    for told, other in ((0, 1), (1, 0)):
        if not in_lead[told] or _happening_days(sides[other][1], lead=True):
            continue  # both leads date it (``lead_days``), or the first does not
        elsewhere = _event_days(sides[other][1], sides[other][0], ledger, lead=False)
        lead_facts = in_lead[told]
        if len({f.date for f in lead_facts}) != 1 or len({f.date for f in elsewhere}) != 1:
            continue  # two days in one place: which is the event's is not said
        a, b = lead_facts[0], elsewhere[0]
        if _names(named[other], a) or _names(named[told], b):
            continue  # the other article names this day too: it may date the event there
        if not _shared_words(sides[told][1], a) & _shared_words(sides[other][1], b):
            continue  # "the window opened on Wednesday" / "trained on Sunday": nothing in common
        if not one_doer(sides[told][1], a, sides[other][1], b):
            continue  # "the Red Sox flew to Texas Thursday" / "the Angels withdrew Sunday"
        ordered = (a, b) if told == 0 else (b, a)
        if relation(ordered[0], ordered[1], refs) is not Relation.CLASH:
            continue
        left_facts, right_facts = (lead_facts, elsewhere) if told == 0 else (elsewhere, lead_facts)
        ledger.judge("lead day elsewhere", left_facts, right_facts)
        where = "left" if told == 0 else "right"
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.DATE,
                left_facts,
                right_facts,
                f"The {where} article's lead dates the event {a.text!r}; the other article gives "
                f"it one day only, {b.text!r}, further down, and neither names the other's day.",
                tuning.LEAD_DAY_ELSEWHERE_CONFIDENCE,
            )
        )
        break
    return drafts


def _event_days(analysis: Analysis, side: Side, ledger: Ledger, lead: bool) -> list[Fact]:
    """The days of a happening the lead names (``lead``), or the rest of the article does,
    when no closer reading has judged any of them yet."""
    days = _happening_days(analysis, lead)
    return days if ledger.free(side, days) == days else []


def _happening_days(analysis: Analysis, lead: bool) -> list[Fact]:
    """The days of a happening the lead names (``lead``), or the rest of the article does,
    judged or not."""
    first = lead_sentences(analysis)
    return [
        f
        for f in claimable(analysis)
        if f.date is not None
        and (f.date.weekday is not None or f.date.day is not None)
        and (f.sentence < first) == lead
        and _of_a_happening(analysis, f)
    ]


def _of_a_happening(analysis: Analysis, fact: Fact) -> bool:
    """A day dating something that happened, not a statement, a report, a page, a later or a
    coming step, or another happening ("the earlier quake on Sunday")."""
    return not (
        fact.weak
        or fact.said_on
        or fact.other_event
        or fact.coming
        or fact.ahead
        or fact.ongoing
        or fact.deadline
        or fact.interval
        or dates_a_report(fact)
        or page_stamp(analysis, fact.sentence)
        or datelined(analysis, fact)
        or any(happening(w) in STEPS for w, weight in fact.slot.items() if weight >= 1.0)
    )


def _shared_words(analysis: Analysis, fact: Fact) -> set[str]:
    """The words the day's sentence tells of, besides the day itself and words of saying: the
    two sentences must speak of one thing (a person, a place, a thing done) for the day to be
    one happening's. "the transfer window opened on Wednesday" and "trained with their mates on
    Sunday" share none, nor "rear-ended a truck on June 8" and "her quick exit from rehab on
    May 2"."""
    return {
        t.content
        for t in analysis.sentence_tokens[fact.sentence]
        if t.content
        and not (fact.start <= t.start < fact.end)
        and t.content not in GENERIC_SLOT_WORDS
        and t.content not in DAY_PARTS
        and t.content not in REPORTING_VERBS
    }


def _names(named: DaysNamed, fact: Fact) -> bool:
    """The article names the day ``fact`` gives: its weekday, or its calendar day."""
    weekday = fact.date.weekday if fact.date is not None else None
    return named.names(fact, {weekday} if weekday is not None else set())
