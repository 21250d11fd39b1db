"""A baby's age on the People tab reads as the article writes it, not as a bare 0."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document
from desktop.core.persistence.persist import SavedComparison
from desktop.qt.main_window import MainWindow

LEFT = (
    "Baby hurt in drive-by shooting\n\n"
    "Jayden Brooks, a 9-month-old boy, was wounded on Sunday when shots were fired into a house "
    "on Elm Street, police said."
)
RIGHT = (
    "Infant wounded as bullets hit home\n\n"
    "A baby, Jayden Brooks, was wounded on Sunday when a gunman fired into a house on Elm "
    "Street. Police arrested no one."
)


def test_a_nine_month_old_shows_as_nine_month_old_on_his_card(window: MainWindow) -> None:
    report = compare_documents(
        Document("left.txt", LEFT, date="2024-05-07"),
        Document("right.txt", RIGHT, date="2024-05-07"),
    )
    ages = [a for c in report.people for a in c.left.attributes if a.kind == "age"]
    assert [a.value for a in ages] == ["0"], "the report keeps whole years"
    window.session.load(SavedComparison(report=report), None)
    shown = window.story.people.text()
    assert "\nage\n9-month-old\n" in shown, shown
