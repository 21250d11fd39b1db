"""A sentence telling the same thing as one the other article ties to another happening tells of
that happening too: "Thieves also targeted the Cannes film festival, stealing almost $2 million of
jewelry" / "In May, thieves stole £910,000 worth of jewellery ... during the Cannes Film Festival".

The right article dates the theft to a month before the story's, so its sums are another
happening's (``event_ties``); the left tells the same theft without a date and, left alone, its
sum would be set against the story's own theft. Its figures are that happening's as well, and
meet the partner's figures, never the story's. A sentence of the lead tells the story's own
happening, and a sentence that gives a date of its own ties itself: neither is changed. Only
figures of a kind the partner ties (a sum where it ties a sum, a count where it ties a count)
are marked, and never an age: a person's age is theirs whichever happening the sentence tells.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.claims import is_age, lead_sentences
from desktop.core.lexicon.exchange_rates import CURRENCY_NAMES


def mark_partner_events(left: Analysis, right: Analysis, pairs: Sequence[SentencePair]) -> None:
    """Marks as another happening's the figures of a body sentence whose close partner gives
    another happening's figures or dates and which gives no date and no such tie itself."""
    tied = (_tied_kinds(left), _tied_kinds(right))
    leads = (lead_sentences(left), lead_sentences(right))
    marks: list[tuple[Analysis, int, frozenset[str]]] = []
    for pair in pairs:
        if pair.score < tuning.PARTNER_EVENT_PAIR:
            continue
        for mine, theirs, side in ((pair.left, pair.right, 0), (pair.right, pair.left, 1)):
            analysis, kinds = (left, right)[side], tied[1 - side].get(theirs)
            if kinds and mine >= leads[side] and _untied(analysis, mine):
                marks.append((analysis, mine, kinds))
    for analysis, sentence, kinds in marks:
        for fact in analysis.facts:
            if fact.sentence == sentence and _figure(fact) and _kind(fact) in kinds:
                fact.other_event = True


def _tied_kinds(analysis: Analysis) -> dict[int, frozenset[str]]:
    """The kinds of figure (their dimension: "" a count, "money" a sum) each sentence ties to
    another happening."""
    kinds: dict[int, set[str]] = {}
    for fact in analysis.facts:
        if _figure(fact) and fact.other_event:
            kinds.setdefault(fact.sentence, set()).add(_kind(fact))
    return {sentence: frozenset(found) for sentence, found in kinds.items()}


def _figure(fact: Fact) -> bool:
    return fact.number is not None and not is_age(fact)


def _kind(fact: Fact) -> str:
    """A sum in any currency is one kind: "$2 million" meets "£910,000"."""
    dimension = fact.number.dimension if fact.number is not None else ""
    return "money" if dimension in CURRENCY_NAMES else dimension


def _untied(analysis: Analysis, sentence: int) -> bool:
    """The sentence gives no date, and none of its figures is another happening's already."""
    facts = [f for f in analysis.facts if f.sentence == sentence]
    return not any(f.date is not None or (_valued(f) and f.other_event) for f in facts)


def _valued(fact: Fact) -> bool:
    return fact.number is not None or fact.date is not None
