"""Where a fact told in other words is looked for: the other article's sentences aligned with the
fact's own as telling the same thing. "The weekend" tells a Saturday, and "lasted four years"
tells "from 1943 to 1947", only in a sentence that reports what the fact's sentence reports."""

from __future__ import annotations

from collections.abc import Iterator

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.model import Sentence

Partners = dict[int, list[tuple[int, float]]]  # sentence -> aligned sentences of the other side


def statement_partners(fact: Fact, theirs: Analysis, partners: Partners) -> Iterator[Sentence]:
    """The other side's sentences aligned with the fact's sentence at STATEMENT_AGREE or more."""
    for j in statement_partner_indices(fact, partners):
        yield theirs.sentences[j]


def statement_partner_indices(fact: Fact, partners: Partners) -> Iterator[int]:
    """The indices of those sentences, for passes that read their facts (``facts_of``)."""
    for j, score in partners.get(fact.sentence, ()):
        if score >= tuning.STATEMENT_AGREE:
            yield j
