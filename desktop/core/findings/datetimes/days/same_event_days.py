"""The same weekday each article gives one happening, shown as agreed: "left a man dead in Selma
Thursday evening" / "was fatally shot by an officer late Thursday".

``event_days`` ties each weekday to the happening its slot weighs most ("shot ... on Friday",
"the Saturday shooting") and shows two different days of one happening as a conflict. Where
each article dates that happening with exactly one weekday and it is the same day, the two
articles agree on it, in sentences that need not align: a yellow mark or no mark at all would
hide a fact both give. Compared at the precision both give: a part of the day each names must
share an hour with the other's ("evening" / "late Thursday"; not "morning" / "night"), and with
page dates the two weekdays must fall on one day (``relation``), never on a guessed calendar.
A day a statement was made, a report came out, or a step still to come is no day of the
happening (``happenings_weekday``).
"""

from __future__ import annotations

from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.figures import Relation
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.datetimes.days.day_parts import named_hours, parts_meet
from desktop.core.findings.datetimes.days.event_days import (
    dated_happenings,
    day_relation,
    weekdays_of,
    word_for,
)
from desktop.core.lexicon.time_words import WEEKDAY_NAME
from desktop.core.model import FindingKind, MentionType, Side

# Weekdays of one happening at the precision both give: the same day.
_ALIKE = frozenset({Relation.SAME, Relation.CONSISTENT})


def same_event_days(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    refs: tuple[date | None, date | None] = (left.reference_date, right.reference_date)
    ours = dated_happenings(left, Side.LEFT, ledger, refs[0])
    theirs = dated_happenings(right, Side.RIGHT, ledger, refs[1])
    drafts: list[Draft] = []
    for event in sorted(ours.keys() & theirs.keys()):
        a_facts = ledger.free(Side.LEFT, ours[event])
        b_facts = ledger.free(Side.RIGHT, theirs[event])
        a_days, b_days = weekdays_of(a_facts), weekdays_of(b_facts)
        if len(a_days) != 1 or a_days != b_days:
            continue
        fa, fb = a_facts[0], b_facts[0]
        if day_relation(fa, fb, event, refs) not in _ALIKE or not _parts_share_an_hour(fa, fb):
            continue
        ledger.judge("event day", a_facts, b_facts)
        drafts.append(
            Draft(
                FindingKind.AGREE,
                MentionType.DATE,
                a_facts,
                b_facts,
                f"Both articles date the same happening ({word_for(fa, event)!r} / "
                f"{word_for(fb, event)!r}) on the same day{_named_day(fa)}, each at the "
                "precision it gives.",
                tuning.EVENT_DAY_AGREE_CONFIDENCE,
            )
        )
    return drafts


def _parts_share_an_hour(a: Fact, b: Fact) -> bool:
    """Only the day is compared when either names no part of it; two parts must meet."""
    if named_hours(a.text) is None or named_hours(b.text) is None:
        return True
    return parts_meet(a.text, b.text)


def _named_day(fact: Fact) -> str:
    """ ", Thursday": the weekday alone, which both give; not a clock or a part of the day only
    one of them gives."""
    match = WEEKDAY_NAME.search(fact.text)
    return f", {match.group().capitalize()}" if match else ""
