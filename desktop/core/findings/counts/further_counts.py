"""A batch added to a count, told once in each article: "Around 20 more people had to be ushered
to safety" / "Firefighters rescued another five people from the balcony"; "called in an
additional six engines" / "called a further four appliances".

"Another", "a further", "more" make a figure the size of a second batch of something the story
has begun to count: the reinforcements called in, the people brought out after the first. News
tells such a batch once, so two reports that each add one batch of the same kind of thing (the
same noun, or "people" for a group of people), or that add it with the same verb to things of
one sort (people to people, things to things), give two sizes of one batch. The sentences need
not align: the batch is told with other words around it. An article adding two batches that
could match, or a match the other article could make twice, is left alone.
"""

from __future__ import annotations

import itertools

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import claimable, tally_sentences
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.counts.kindred_counts import (
    Count,
    count_of,
    kindred_draft,
    kindred_relation,
    people_noun,
    same_kind,
)
from desktop.core.findings.counts.numbered import numbered
from desktop.core.lexicon.further import FURTHER_BEFORE
from desktop.core.model import MentionType, Side
from desktop.core.naming.codes import follows_code


def further_counts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """The one batch each article adds to a count of the same kind, set against each other."""
    refs = (left.reference_date, right.reference_date)
    mine = _further(left, Side.LEFT, ledger)
    theirs = _further(right, Side.RIGHT, ledger)
    # Batches orders of magnitude apart ("another five people" / "a further 20,000 people")
    # are no candidates: they cannot be one batch.
    matches = [
        (x, y, rel)
        for x in mine
        for y in theirs
        if _match(x, y) and (rel := kindred_relation(x, y, refs)) is not None
    ]
    drafts: list[Draft] = []
    for x, y, rel in matches:
        if sum(a is x for a, _, _ in matches) != 1 or sum(b is y for _, b, _ in matches) != 1:
            continue  # two batches either could be: no telling which is the other's
        ledger.judge("further counts", [x.fact], [y.fact])
        drafts.append(kindred_draft(rel, x, y, refs, tuning.FURTHER_CONFIDENCE))
    return drafts


def _match(x: Count, y: Count) -> bool:
    if same_kind(x.noun, y.noun):
        return True
    return bool(x.verbs & y.verbs) and people_noun(x.noun) == people_noun(y.noun)


def _further(analysis: Analysis, side: Side, ledger: Ledger) -> list[Count]:
    """The batches the article adds, the figures the parser missed among them."""
    skip = tally_sentences(analysis)
    every = claimable(analysis)
    facts = [f for f in ledger.free(side, every) if f.sentence not in skip]
    # A figure some verdict already holds is no figure the parser missed.
    facts += _missed(analysis, every, skip)
    counts = [count_of(analysis, f) for f in facts]
    return [c for c in counts if c is not None and c.further]


def _missed(analysis: Analysis, facts: list[Fact], skip: frozenset[int]) -> list[Fact]:
    """ "called in an additional six engines" where the parser saw no figure: a number word right
    after a word that adds a batch."""
    text = analysis.document.text
    out = []
    for sentence, tokens in enumerate(analysis.sentence_tokens):
        if sentence in skip:
            continue
        for marker, token in itertools.pairwise(tokens):
            if marker.lower not in FURTHER_BEFORE or any(
                f.start <= token.start < f.end for f in facts
            ):
                continue
            number = parse_number(text[token.start : token.end])
            if number is None or number.dimension or numbered(analysis, token.start):
                continue
            if follows_code(text, token.start):
                continue
            fact = Fact(token.start, token.end, text[token.start : token.end], MentionType.NUMBER,
                        "", sentence)  # fmt: skip
            fact.number, fact.value = number, number.display()
            fact.key, fact.part, fact.weak = f"number:{number.display()}", True, True
            out.append(fact)
    return out
