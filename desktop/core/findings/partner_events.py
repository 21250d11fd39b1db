"""A sentence telling the same thing as one the other article ties to another happening tells of
that happening too: "Thieves also targeted the Cannes film festival, stealing almost $2 million of
jewelry" / "In May, thieves stole £910,000 worth of jewellery ... during the Cannes Film Festival".

The right article dates the theft to a month before the story's, so its sums are another
happening's (``event_ties``); the left tells the same theft without a date and, left alone, its
sum would be set against the story's own theft. Its figures are that happening's as well, and
meet the partner's figures, never the story's. A sentence of the lead tells the story's own
happening, and a sentence that gives a date of its own ties itself: neither is changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.align import SentencePair
from desktop.core.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.claims import lead_sentences


def mark_partner_events(left: Analysis, right: Analysis, pairs: Sequence[SentencePair]) -> None:
    """Marks as another happening's the figures of a body sentence whose close partner gives
    another happening's figures or dates and which gives no date and no such tie itself."""
    tied = (_tied_sentences(left), _tied_sentences(right))
    leads = (lead_sentences(left), lead_sentences(right))
    marks: list[tuple[Analysis, int]] = []
    for pair in pairs:
        if pair.score < tuning.PARTNER_EVENT_PAIR:
            continue
        for mine, theirs, side in ((pair.left, pair.right, 0), (pair.right, pair.left, 1)):
            analysis = (left, right)[side]
            if theirs in tied[1 - side] and mine >= leads[side] and _untied(analysis, mine):
                marks.append((analysis, mine))
    for analysis, sentence in marks:
        for fact in analysis.facts:
            if fact.sentence == sentence and fact.number is not None:
                fact.other_event = True


def _tied_sentences(analysis: Analysis) -> frozenset[int]:
    return frozenset(f.sentence for f in analysis.facts if _valued(f) and f.other_event)


def _untied(analysis: Analysis, sentence: int) -> bool:
    """The sentence gives no date, and none of its figures is another happening's already."""
    facts = [f for f in analysis.facts if f.sentence == sentence]
    return not any(f.date is not None or (_valued(f) and f.other_event) for f in facts)


def _valued(fact: Fact) -> bool:
    return fact.number is not None or fact.date is not None
