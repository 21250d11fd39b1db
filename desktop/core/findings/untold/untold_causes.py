"""A cause of death only one article gives: "died of pneumonia at the age of 85" when the other
article says she died, and where and when, but never of what. The sentence is one both tell (its
age, place and day agree), so no sentence mark shows it; the cause is a fact of its own, and the
other article lacking it is what a yellow mark says.

A cause is one-sided only when the other article names no cause at all ("died of his
injuries" may be a case of any named one: ``causes`` weighs two causes) and never writes a word
of this one ("had been treated for pneumonia").
"""

from __future__ import annotations

from itertools import pairwise

from desktop.core.extraction.extract import Analysis
from desktop.core.findings.bookkeeping.assembly import Draft, only_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.causes import cause_of_death, mentions_cause
from desktop.core.lexicon.causes import CAUSE_PREPOSITIONS, DIE_FORMS
from desktop.core.model import MentionType, Side


def untold_causes(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    drafts = []
    for side, mine, theirs in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        if _names_a_cause(theirs):
            continue
        for sentence in range(len(mine.sentences)):
            cause = cause_of_death(mine, sentence)
            if cause is None or ledger.judged(side, cause) or mentions_cause(theirs, cause):
                continue
            ledger.judge("untold cause", **{side.value: [cause]})
            drafts.append(
                only_draft(
                    side,
                    [cause],
                    MentionType.OTHER,
                    f"Only the {side.value} article gives a cause of death, {cause.text!r}; "
                    f"the {side.other.value} names none.",
                    0.7,
                )
            )
    return drafts


def _names_a_cause(analysis: Analysis) -> bool:
    """The article says someone "died of" or "died from" something, in any words."""
    return any(
        a.lower in DIE_FORMS and b.lower in CAUSE_PREPOSITIONS
        for tokens in analysis.sentence_tokens
        for a, b in pairwise(tokens)
    )
