"""Figures that look like counts of losses and are not: the "72" of an "88-72 loss" is half of a
score, and the "six" of "a six-game loss" counts games, not losses."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2008-12-14")


HEADLINE = "The 76ers fired coach Maurice Cheeks on Saturday.\n\n"
LEFT = HEADLINE + "The 76ers have opened 9-14 with eight losses in their last 10 games."


def conflicts(right: str) -> list[str]:
    report = compare_documents(doc(LEFT), doc(HEADLINE + right))
    return [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_the_second_figure_of_a_score_is_no_count_of_losses() -> None:
    assert not conflicts("Friday night's 88-72 loss in Cleveland was the last straw.")


def test_a_six_game_series_loss_counts_games_not_losses() -> None:
    assert not conflicts(
        "Cheeks coached the 76ers to 40 victories in 2007-08 before a six-game loss to Detroit."
    )


def test_a_changed_count_of_losses_still_clashes() -> None:
    found = conflicts("The 76ers have opened 9-14 with five losses in their last 10 games.")
    assert found and "eight" in found[0] and "five" in found[0]
