"""A clash of two figures or dates in matching sentences, shown at the confidence such marks earn
on articles nobody tuned for, with a reason saying what to check.

Matching sentences of two reports often tell two stages or two parts of one story: a boxer's
record before the bout and after it, a toll at two times, a round's punches and the fight's,
one observer mission's count and all missions'. On fresh pairs (passprec51, confaudit47) such
clashes were right about one time in three, while a name spelled two ways or a person's age told
two ways were right nearly every time; their confidence stood above those. The clash stays a
conflict (the right ones are the ones a journalist most needs), below the marks that are nearly
always right, with a reason that names what to check.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import Relation

NOTE = (
    " Matching sentences may still tell two stages or two parts of the story: check that both"
    " give the same moment and the same whole."
)


def checked_clash(rel: Relation, draft: Draft) -> Draft:
    """A clash at ``tuning.ALIGNED_CLASH_CONFIDENCE`` at most, its reason saying what to check.

    An agreement, a bound, or a clash already held lower is left as it is: the lower clash
    carries its own reason why (a hedge, two currencies, a toll that may have risen).
    """
    if rel is not Relation.CLASH or draft.confidence <= tuning.ALIGNED_CLASH_CONFIDENCE:
        return draft
    return replace(draft, confidence=tuning.ALIGNED_CLASH_CONFIDENCE, reason=draft.reason + NOTE)
