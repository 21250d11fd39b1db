"""An article's facts by sentence, indexed once per comparison.

Many passes ask for the facts of one sentence, once per sentence or sentence pair; filtering the
whole list each time made their cost grow with the square of an article's length. A fact's
sentence never changes after ``analyse``, so the index stays true; whatever else a pass reads
off a fact (its date, its number) it still reads off the fact itself, when it asks.
"""

from __future__ import annotations

from collections import defaultdict

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.model import MentionType


def facts_of(analysis: Analysis, sentence: int) -> list[Fact]:
    """The facts of ``sentence``, in the article's order (the order of ``analysis.facts``).
    The list is shared: read it, never change it."""
    return analysis.derived("sentence_facts", _by_sentence).get(sentence, _NONE)


_NONE: list[Fact] = []


def when_facts(analysis: Analysis) -> list[Fact]:
    """The article's dates and times, in its order (a fact's type never changes after
    ``analyse``): passes that look for a day or a clock read these, not every fact, for each
    fact of the other article. The list is shared: read it, never change it."""
    return analysis.derived("sentence_facts.when", _when)


def person_facts(analysis: Analysis) -> list[Fact]:
    """The article's persons' names, in its order, read once (a fact's type never changes after
    ``analyse``). The list is shared: read it, never change it."""
    return analysis.derived("sentence_facts.persons", _persons)


def _persons(analysis: Analysis) -> list[Fact]:
    return [f for f in analysis.facts if f.type is MentionType.PERSON]


def _when(analysis: Analysis) -> list[Fact]:
    return [f for f in analysis.facts if f.type in (MentionType.DATE, MentionType.TIME)]


def _by_sentence(analysis: Analysis) -> dict[int, list[Fact]]:
    index: dict[int, list[Fact]] = defaultdict(list)
    for fact in analysis.facts:
        index[fact.sentence].append(fact)
    return dict(index)
