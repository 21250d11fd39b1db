"""The day of the event in the two leads: "hit southern Iran on Sunday" / "... coast Friday".

A news lead dates the story's event, so the one day each lead names is compared whatever the
sentences' alignment; a page's stamp and a dateline date the page, not the event, and are
passed over."""

from __future__ import annotations

import re

from desktop.core.datetimes.clock import bracketed_zones
from desktop.core.datetimes.led_zones import led_zones
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, report_type
from desktop.core.findings.bookkeeping.claim_dates import ONE_NIGHT_WHY, one_night
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    claimable,
    dates_a_report,
    lead_sentences,
    relation,
)
from desktop.core.findings.bookkeeping.comparison import value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon import PAGE_WORDS
from desktop.core.model import FindingKind, Side


def lead_dates(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """The day each lead gives the event: "hit southern Iran on Sunday" / "... coast Friday".

    A news lead dates the story's event; when each article's lead names exactly one day (a
    weekday, a date, "yesterday"), the two are compared at the precision both give, wherever
    the sentences stand and however they are worded.
    """
    refs = (left.reference_date, right.reference_date)
    found = []
    for side, analysis in ((Side.LEFT, left), (Side.RIGHT, right)):
        lead = lead_sentences(analysis)
        # Every day the lead names counts, compared already or not: a lead naming two days
        # does not say which of them is the event's.
        days = [
            f
            for f in claimable(analysis)
            if f.date is not None
            and f.sentence < lead
            and not _page_stamp(analysis, f.sentence)
            and not _datelined(analysis, f)
            and not f.other_event
            and not f.said_on
            and not dates_a_report(f)
            and (f.date.weekday is not None or f.date.day is not None)
        ]
        if len({f.date for f in days}) != 1 or ledger.free(side, days) != days:
            return []
        found.append(days)
    a, b = found[0][0], found[1][0]
    rel = relation(a, b, refs)
    if rel is None and one_night(a, b, refs):
        # "late Friday night" / "in the early hours of Saturday": one night, dated by either day.
        ledger.judge("lead", found[0], found[1])
        reason = f"Told differently, not contradicted. {ONE_NIGHT_WHY}"
        kind = report_type(a)
        return [
            Draft(FindingKind.AGREE, kind, found[0], found[1], reason, tuning.RELATIVE_DAY_AGREE)
        ]
    if rel is None:
        return []
    ledger.judge("lead", found[0], found[1])
    draft = value_draft(rel, a, b, "", refs, tuning.LEAD_DATE_CONFIDENCE)
    draft.left, draft.right = found[0], found[1]
    if rel is Relation.CLASH:
        draft.reason = (
            f"The two leads date the event differently: the left says {a.text!r}, the right "
            f"{b.text!r}."
        )
    return [draft]


# "Mumbai, Nov 11 - Indian Navy ... yesterday thwarted": a place, a comma, the date and a dash
# open the story with the day it was filed, not the day of the event.
_DATELINE_BEFORE = re.compile(r"[ \t]*[A-Z][\w.' ]{1,40},[ \t]*")
_DATELINE_AFTER = re.compile(r"[ \t]*[-\u2013\u2014:]")


def _datelined(analysis: Analysis, fact: Fact) -> bool:
    text = analysis.document.text
    line_start = text.rfind("\n", 0, fact.start) + 1
    return bool(
        _DATELINE_BEFORE.fullmatch(text, line_start, fact.start)
        and _DATELINE_AFTER.match(text, fact.end)
    )


def _page_stamp(analysis: Analysis, sentence: int) -> bool:
    """ "Friday, Sep 10, 2010 | Updated 9:28 AM EDT": a dateline dates the page, not the event;
    "at 10:30 am (0700 GMT)" gives the event's time in world time."""
    words = [t.lower for t in analysis.sentence_tokens[sentence]]
    return bool((set(words) & PAGE_WORDS) - bracketed_zones(words) - led_zones(words))
