"""Two places in the same frame of words ("loss to Cleveland" / "loss to Detroit") are one place
of the story only when their sentences speak of the same part of it: a home loss on Wednesday
and a playoff loss two seasons ago share the words, not the game."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2008-12-14")


HEADLINE = "76ers fire coach Maurice Cheeks\n\nThe Philadelphia 76ers fired coach Maurice Cheeks on Saturday.\n\n"


def test_a_loss_this_week_and_a_playoff_loss_years_ago_are_no_conflict_of_places() -> None:
    left = doc(
        HEADLINE + "Owner Ed Snider said the decision was hard.\n\nThe general manager spoke to "
        "reporters at noon.\n\nThe team heard boos in Wednesday's home loss to Cleveland."
    )
    right = doc(
        HEADLINE + "Owner Ed Snider said the decision was hard.\n\nThe general manager spoke to "
        "reporters at noon.\n\nCheeks compiled a 162-139 record in three-plus seasons and "
        "coached the 76ers to 40 victories in 2007-08 before a playoff loss to Detroit."
    )
    report = compare_documents(left, right)
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]
