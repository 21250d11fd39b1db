"""A quote transcribes speech: "the population's anger" and "the populations' anger" sound the
same."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, MentionType

SAID = '"We understand the {word} anger at the size of the cuts," the minister Ann Hale said on Monday.'


def quote_findings(left_word: str, right_word: str) -> list[FindingKind]:
    report = compare_documents(
        Document(source="left.txt", text=SAID.format(word=left_word)),
        Document(source="right.txt", text=SAID.format(word=right_word)),
    )
    return [f.kind for f in report.findings if f.type is MentionType.QUOTE]


def test_a_possessive_placed_for_the_plural_is_the_same_quote() -> None:
    assert quote_findings("population's", "populations'") == [FindingKind.AGREE]


def test_another_word_is_still_a_misquote() -> None:
    assert quote_findings("population's", "workers'") == [FindingKind.CONFLICT]
