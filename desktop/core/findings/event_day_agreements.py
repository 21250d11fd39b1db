"""The same weekday each article gives one happening: an agreement, wherever the sentences stand.

"Brooks opened fire where students had gathered Tuesday afternoon" / "a crowd gathering just off
school property Tuesday at about 4 p.m.": the two sentences tell different parts of the story and
need not align, but both date the gathering, and by the same weekday. ``event_days`` tells such
days apart when they differ; here they are one day, told at whatever part of it each article
gives ("Tuesday afternoon" holds "Tuesday at about 4 p.m."). A weekday is tied to what it dates
as there (the words its slot weighs most, "shooting" and "shot" being one happening). Every day
the article ties to that happening must be the same weekday: an article dating it with two
weekdays does not say which is the happening's. Two parts of the day that share no hour
("Tuesday morning" / "Tuesday evening") are no agreement, and a day of a statement, of a report
or of a step still to come dates no happening (``happenings_weekday``).
"""

from __future__ import annotations

from datetime import date

from desktop.core.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.assembly import Draft
from desktop.core.findings.claims import Relation
from desktop.core.findings.event_days import dated_happenings, day_relation, word_for
from desktop.core.findings.ledger import Ledger
from desktop.core.model import FindingKind, MentionType, Side

_AGREEING = (Relation.SAME, Relation.CONSISTENT)


def event_day_agreements(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    refs: tuple[date | None, date | None] = (left.reference_date, right.reference_date)
    ours = dated_happenings(left, Side.LEFT, ledger, refs[0])
    theirs = dated_happenings(right, Side.RIGHT, ledger, refs[1])
    drafts: list[Draft] = []
    for event in sorted(ours.keys() & theirs.keys()):
        a_facts = ledger.free(Side.LEFT, ours[event])
        b_facts = ledger.free(Side.RIGHT, theirs[event])
        if not a_facts or not b_facts or not _one_day(a_facts, b_facts):
            continue
        if any(
            day_relation(fa, fb, event, refs) not in _AGREEING for fa in a_facts for fb in b_facts
        ):
            continue  # "Tuesday morning" / "Tuesday evening": one weekday, no shared hour
        fa, fb = a_facts[0], b_facts[0]
        ledger.judge("event day agreement", a_facts, b_facts)
        drafts.append(
            Draft(
                FindingKind.AGREE,
                MentionType.DATE,
                a_facts,
                b_facts,
                f"Both articles date the same happening ({word_for(fa, event)!r} / "
                f"{word_for(fb, event)!r}) on the same day: the left says {fa.text!r}, the "
                f"right {fb.text!r}.",
                tuning.EVENT_DAY_CONFIDENCE,
            )
        )
    return drafts


def _one_day(a_facts: list[Fact], b_facts: list[Fact]) -> bool:
    days = {f.date.weekday for f in a_facts + b_facts if f.date is not None}
    return len(days) == 1 and None not in days
