"""A count told again in the same article belongs to the verdict already given on it.

A story repeats its toll: "Five hurt" in the headline, "injuring five people" in the lead,
"five people were treated" further down. Once one mention has a verdict (the five injured
against the other article's three), every other mention of that figure for that toll is the
same claim, and the reader must see it marked as such, not as a figure only one article gives.
The figure is the one the text states, with or without its hedge: "at least 50 injured" in the
lead and "the governor said 50 were injured" further down are one toll told twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import is_age, tally_sentences, tolls_told
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.pair_order import mirrored_walk
from desktop.core.model import Side


def toll_repeats(drafts: Sequence[Draft], left: Analysis, right: Analysis, ledger: Ledger) -> None:
    """Add to each figure verdict the other mentions of its figure for the same one toll."""
    walk = mirrored_walk(drafts)  # a repeat two verdicts could take: the same one either order
    for side, analysis, pick in ((Side.LEFT, left, 0), (Side.RIGHT, right, 1)):
        tallies = tally_sentences(analysis)
        index: dict[object, list[Fact]] = defaultdict(list)
        for fact in analysis.facts:
            if fact.number is not None and fact.sentence not in tallies:
                index[fact.key].append(fact)
                index[_stated(fact)].append(fact)
        for draft in walk:
            facts = (draft.left, draft.right)[pick]
            if not facts:
                continue
            anchor = facts[0]
            tolls = _one_toll(anchor)
            if not tolls:
                continue
            for other in [*index.get(anchor.key, ()), *index.get(_stated(anchor), ())]:
                if ledger.judged(side, other) or not _same_claim(anchor, other, tolls):
                    continue
                facts.append(other)
                ledger.judge("toll repeat", **{side.value: [other]})


def _stated(fact: Fact) -> tuple[str, tuple[float, ...]]:
    """The figure as the text states it, its hedge aside: 50 for "at least 50" and "about 50"."""
    number = fact.number
    return ("", ()) if number is None else (number.dimension, number.stated)


def _one_toll(fact: Fact) -> frozenset[str]:
    """The one toll a figure counts ("injuring five" -> injury), or nothing: an age, a part of a
    group, a figure of another event or of two tolls at once has no single toll to carry."""
    if fact.number is None or fact.part or fact.other_event or is_age(fact) or fact.weak:
        return frozenset()
    tolls = tolls_told(fact)
    return frozenset(tolls) if len(tolls) == 1 else frozenset()


def _same_claim(anchor: Fact, other: Fact, tolls: frozenset[str]) -> bool:
    return (
        other.sentence != anchor.sentence
        and other.other_event == anchor.other_event
        and _one_toll(other) == tolls
    )
