"""A numeral glued to a participle ("a vicious two-handed assault", "a three-pronged attack")
describes how something was done; it is no figure, so it is never marked as a figure one
article gives. A hyphened noun ("a three-year deal") stays a figure."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, MentionType

NUMBERS = (MentionType.NUMBER, MentionType.QUANTITY)


def figures(text: str) -> list[str]:
    report = compare_documents(
        Document(source="a.txt", text=text, date="2013-10-06"),
        Document(source="b.txt", text="Klitschko beat Thompson in Germany.", date="2013-10-06"),
    )
    mentions = report.left.mentions
    return [report.left.document.text[m.start : m.end] for m in mentions if m.type in NUMBERS]


def test_a_two_handed_assault_has_no_figure() -> None:
    assert figures("A vicious two-handed assault sent Thompson down for the count.") == []


def test_a_three_year_deal_keeps_its_figure() -> None:
    assert figures("Klitschko signed a three-year deal with the promoter on Friday.")
