"""One figure of one thing in each article, in sentences that do not align: "Jeffs' breakaway
sect is believed to have about 10,000 followers" / "An estimated 10,000 FLDS followers live in
communities in Utah, Arizona and Texas".

The sentences say other things around it, so neither the alignment nor the claims of aligned
sentences pair the two figures; the same figure of the same thing is one fact all the same, told
by both articles. Only a figure from ``tuning.DISTINCTIVE_FIGURE`` up, given once on each side for
that thing: small counts ("two", "three") turn up all over a story.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import Relation, relation, specific
from desktop.core.findings.bookkeeping.comparison import value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import Side


def same_counts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """Agreements on a distinctive figure both articles give once for one counted thing."""
    refs = (left.reference_date, right.reference_date)
    mine = [f for f in ledger.free(Side.LEFT, left.facts) if _countable(f)]
    theirs = [f for f in ledger.free(Side.RIGHT, right.facts) if _countable(f)]
    drafts: list[Draft] = []
    for fa in mine:
        matches = [fb for fb in theirs if _same_thing(fa, fb) and _once(fb, theirs, fa)]
        if len(matches) != 1 or not _once(fa, mine, matches[0]):
            continue
        fb = matches[0]
        if ledger.judged(Side.RIGHT, fb) or relation(fa, fb, refs) is not Relation.SAME:
            continue
        ledger.judge("same count", [fa], [fb])
        noun = fa.counted or fb.counted
        drafts.append(value_draft(Relation.SAME, fa, fb, noun, refs, tuning.NOUN_COUNT_CONFIDENCE))
    return drafts


def _countable(fact: Fact) -> bool:
    return (
        fact.number is not None
        and specific(fact)
        and fact.number.low >= tuning.DISTINCTIVE_FIGURE
        and not (fact.part or fact.weak or fact.other_event or fact.generic)
    )


def _same_thing(a: Fact, b: Fact) -> bool:
    """Both count one noun: one side's counted noun stands in the other's context as fully."""
    return any(
        noun and other.slot.get(noun, 0.0) >= 1.0
        for noun, other in ((a.counted, b), (b.counted, a))
    )


def _once(fact: Fact, facts: list[Fact], other: Fact) -> bool:
    """This side gives no second figure for the thing the pair counts."""
    return not any(f is not fact and _same_thing(f, other) for f in facts)
