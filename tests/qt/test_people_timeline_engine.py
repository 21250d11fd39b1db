"""The People and Timeline tabs on what the real engine reads in two small articles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.model import Document, Report, Side
from desktop.core.persistence.persist import SavedComparison
from desktop.qt.main_window import MainWindow

LEFT = (
    "Harbour fire kills dock worker\n\n"
    "Daniel Okafor, 43, was killed on Sunday when a fire swept through the harbour warehouse. "
    "Police said Okafor had worked at the docks for ten years. "
    "Kevin Doyle was arrested later that night."
)
RIGHT = (
    "Dock worker dies in warehouse blaze\n\n"
    "Daniel Okafor, 44, died on 5 May 2024 in a fire at the harbour warehouse, police said. "
    "Okafor leaves two children."
)
DAY = "2024-05-07"  # a Tuesday: the Sunday before is 5 May


@pytest.fixture(scope="module")
def compared() -> Report:
    from desktop.core.compare import compare_documents

    return compare_documents(
        Document("left.txt", LEFT, date=DAY), Document("right.txt", RIGHT, date=DAY)
    )


def test_the_engines_okafor_card_leads_the_people_tab_and_marks_his_every_mention(
    qtbot, window: MainWindow, compared: Report
) -> None:
    window.session.load(SavedComparison(report=compared), None)
    story = window.story
    first = story.people.cards[0]
    assert first.name == "Daniel Okafor" and first.has_conflict, "43 against 44 comes first"
    assert "≠ age" in story.people.text()
    finding = next(f for f in compared.findings if f.person == first.id)
    window.dock.select_finding(finding.id)
    qtbot.mouseClick(window.dock.review.person_button, Qt.MouseButton.LeftButton)
    assert window.dock.tabs.currentWidget() is story.people
    marked = {
        side: [text[s:e] for s, e in story.marks(side)]
        for side, text in ((Side.LEFT, LEFT), (Side.RIGHT, RIGHT))
    }
    assert marked[Side.LEFT] == ["Daniel Okafor", "Okafor"]
    assert marked[Side.RIGHT] == ["Daniel Okafor", "Okafor"]


def test_the_lefts_sunday_and_the_rights_5_may_share_a_timeline_row(
    window: MainWindow, compared: Report
) -> None:
    window.session.load(SavedComparison(report=compared), None)
    timeline = window.story.timeline
    rows = [e for e in compared.timeline if e.when.startswith("2024-05-05")]
    assert rows and rows[0].left and rows[0].right
    assert "Sun 5 May 2024" in timeline.text()


def test_kovgan_named_on_the_left_where_the_right_names_petrov_shows_on_both_cards(
    window: MainWindow, sample_report: Report
) -> None:
    window.session.load(SavedComparison(report=sample_report), None)
    people = window.story.people
    text = people.text()

    assert text.count("≠ named instead") == 2, "on Kovgan's card and on Petrov's"
    leading = {card.name for card in people.cards[:2]}
    assert leading == {"Ivan Kovgan", "Ivan Petrov"}, "contradicted people come first"
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if "named instead" in line)
    assert lines[at + 1 : at + 3] == ["Ivan Kovgan", "Ivan Petrov"], "the fullest name, once"


def test_dismissing_the_kovgan_petrov_conflict_takes_named_instead_off_the_cards(
    window: MainWindow, sample_report: Report
) -> None:
    from dataclasses import replace

    from desktop.core.model import FindingKind, ReviewStatus

    findings = tuple(
        replace(f, status=ReviewStatus.DISMISSED) if f.kind is FindingKind.CONFLICT else f
        for f in sample_report.findings
    )
    window.session.load(SavedComparison(report=replace(sample_report, findings=findings)), None)

    assert "named instead" not in window.story.people.text()
