"""A clock time each article gives, close enough to be one moment rounded, wherever the two
stand: "The man was pronounced dead at 10:48 p.m." / "It was just before 11 p.m. when the street
went quiet"; "a few minutes after the 3:10 p.m. bell" / "Officers responded at 3:12 p.m.".

Reporters time the shots, the call to police or the officers' arrival, and round what they are
told (``told_days``): such a pair is no contradiction, and neither time is one the other article
lacks (``close_clock_told``). When each of the two is the other's closest time across the
articles, the two tell one moment of the story, and the reader sees them agree, told
differently, at low confidence and with no figure in the reason. Two times of two known steps
(the shots and the arrest, ``steps.two_steps``) stay apart; so do two times of two days, a time
said of a statement or of another event, and a time the ledger has already judged.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import when_facts
from desktop.core.findings.datetimes.days.steps import two_steps
from desktop.core.findings.datetimes.days_told.told_days import clock_gap
from desktop.core.model import FindingKind, MentionType, Side


def close_clocks(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """Agreements on two close clock times, each the other's unique closest."""
    mine = [f for f in ledger.free(Side.LEFT, when_facts(left)) if _story_time(f)]
    theirs = [f for f in ledger.free(Side.RIGHT, when_facts(right)) if _story_time(f)]
    gaps: dict[tuple[int, int], int] = {}
    for a, fa in enumerate(mine):
        for b, fb in enumerate(theirs):
            gap = clock_gap(fa, left, fb, right)
            if gap is not None and not two_steps(fa, fb):
                gaps[(a, b)] = gap
    drafts = []
    for (a, b), gap in gaps.items():
        rows = [g for (x, _), g in gaps.items() if x == a]
        columns = [g for (_, y), g in gaps.items() if y == b]
        if rows.count(gap) > 1 or columns.count(gap) > 1 or gap > min(rows + columns):
            continue  # another time lies as close or closer: which one is meant is not told
        ledger.judge("close clock", [mine[a]], [theirs[b]])
        drafts.append(
            Draft(
                FindingKind.AGREE,
                MentionType.TIME,
                [mine[a]],
                [theirs[b]],
                "Told differently, not contradicted. The two times lie close together: reporters "
                "time the shots, the call to police or the officers' arrival, and round what "
                "they are told.",
                tuning.RELATIVE_DAY_AGREE,
            )
        )
    return drafts


def _story_time(fact: Fact) -> bool:
    return fact.type is MentionType.TIME and not (fact.said_on or fact.other_event)
