"""Two quotes that share only a name are two quotes about one thing, not one quote misprinted:
"wholly inappropriate use of the Endangered Species Act" and "absolute heart of the Endangered
Species Act" are said by two people about one law."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, MentionType


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2008-12-12")


def test_two_quotes_that_share_only_a_law_s_name_are_no_misquote() -> None:
    left = doc(
        "Kempthorne defends species rule\n\nInterior Secretary Dirk Kempthorne said the rule "
        'changes were needed. He called climate regulation a "wholly inappropriate use of the '
        'Endangered Species Act."'
    )
    right = doc(
        "Species rule criticised\n\nJamie Rappaport Clark, a former director of the Fish and "
        'Wildlife Service, said the changes target the "absolute heart of the Endangered '
        'Species Act."'
    )
    report = compare_documents(left, right)
    assert not [
        f for f in report.findings if f.kind is FindingKind.CONFLICT and f.type is MentionType.QUOTE
    ]


def test_a_quote_with_one_word_changed_is_still_a_misquote() -> None:
    left = doc(
        "Kempthorne defends species rule\n\nInterior Secretary Dirk Kempthorne said the rule "
        'changes were needed. "This is a wholly inappropriate use of the Endangered Species '
        'Act," Kempthorne said.'
    )
    right = doc(
        "Kempthorne defends species rule\n\nInterior Secretary Dirk Kempthorne spoke on Thursday."
        ' "This is a wholly improper use of the Endangered Species Act," Kempthorne said.'
    )
    report = compare_documents(left, right)
    assert [
        f for f in report.findings if f.kind is FindingKind.CONFLICT and f.type is MentionType.QUOTE
    ]
