"""A record both articles write alike ("slumping at 9-14" / "have opened 9-14") is one fact
both report, shown as corroborated; the same score in unrelated sentences (one team's 88-72 win
years ago, another's 88-72 loss on Friday) is not."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2008-12-14")


def agreed_scores(left: str, right: str) -> list[str]:
    report = compare_documents(doc(left), doc(right))
    return [
        s.text
        for f in report.findings
        if f.kind is FindingKind.AGREE and not f.is_statement
        for s in f.left
        if "-" in s.text
    ]


HEADLINE = "76ers fire coach Maurice Cheeks\n\n"


def test_a_record_both_write_alike_is_corroborated() -> None:
    left = HEADLINE + (
        "Maurice Cheeks was fired Saturday as coach of the Philadelphia 76ers, who are slumping "
        "at 9-14 a year after making the playoffs."
    )
    right = HEADLINE + (
        "Expected by many to be one of the top teams in the Eastern Conference, the 76ers have "
        "opened 9-14 with eight losses in their last 10 games."
    )
    assert agreed_scores(left, right) == ["9-14"]


def test_the_same_score_of_two_unrelated_games_is_not_corroborated() -> None:
    left = (
        HEADLINE + "Cheeks was fired on Saturday.\n\nThe team said goodbye to fans.\n\nA "
        "former star, Cheeks once helped Temple to an 88-72 win over Duke in the college finals."
    )
    right = (
        HEADLINE + "Cheeks was fired on Saturday.\n\nThe team said goodbye to fans.\n\nThe "
        "Sixers lost 88-72 in Cleveland on Friday night, their eighth loss in ten games."
    )
    assert agreed_scores(left, right) == []
