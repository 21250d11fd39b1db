"""A religious or political group ("a born-again Christian") is no place: the journalist sees it
typed as a group, while a nationality that names a country ("Ukrainian") is shown as that place."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, MentionType


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2008-12-12")


def test_a_born_again_christian_is_shown_as_a_group_not_a_place() -> None:
    report = compare_documents(
        doc("Page suffered a nervous breakdown and soon after became a born-again Christian."),
        doc("Page died in Los Angeles on Thursday after a heart attack, her agent said."),
    )
    typed = {f.left[0].text: f.type for f in report.findings if f.left and not f.is_statement}
    assert typed.get("Christian") is MentionType.NATIONALITY


def test_a_nationality_naming_a_country_is_still_shown_as_the_place() -> None:
    report = compare_documents(
        doc("The Ukrainian champion Wladimir Klitschko stopped Tony Thompson in the sixth round."),
        doc("Tony Thompson lost in the sixth round on Saturday, his trainer said in Berlin."),
    )
    typed = {f.left[0].text: f.type for f in report.findings if f.left and not f.is_statement}
    assert typed.get("Ukrainian") is MentionType.PLACE
