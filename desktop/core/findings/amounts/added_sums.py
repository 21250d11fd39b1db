"""A sum told as added to another: "62 million pounds plus up to 8 million pounds in bonuses".

What follows "plus" is added to the sum before it, another part of the deal (the bonuses, the
add-ons, the costs), so it is never set against the other article's figure for that first sum
("a club-record fee of £62m"): the first sum itself tells that. The two added sums, or two first
sums, still meet.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.figures import same_figure
from desktop.core.lexicon.money_verbs import ADDING_WORDS


def added_against_base(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """One figure is added by "plus" to a sum its sentence gives before it, and the other figure
    is that very sum."""
    for (side, added), (_, other) in ((a, b), (b, a)):
        if other.number is None or not _added(side, added):
            continue
        if any(
            base.number is not None and same_figure(base.number, other.number)
            for base in side.facts
            if base.sentence == added.sentence and base.end <= added.start
        ):
            return True
    return False


def _added(analysis: Analysis, fact: Fact) -> bool:
    """ "plus up to 8 million pounds", "plus 8 million pounds": "plus" just before the figure or
    its hedge."""
    before = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start]
    words = fact.text.lower().split()
    return bool(before) and (before[-1] in ADDING_WORDS or words[:1] == ["plus"])
