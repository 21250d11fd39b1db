"""A reviewed finding's label in the Review column is readable on a 1280x720 laptop: the side
panel's column was narrower than the bold "? Disputed", and Qt cut it to "? Disput…". The word is
now shown whole (the mark gives way first); the full label stays the cell's text for tests,
exports and screen readers, and its tooltip names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop.core.model import ReviewStatus
from desktop.qt.findings_model import FINDING_ID_ROLE, Column
from desktop.qt.main_window import MainWindow
from desktop.qt.review import status_text
from desktop.qt.review_label import LabelForm, ReviewLabelDelegate, label_form, shown_label
from tests.qt.test_laptop_screens import _close, open_at

WORDS = {
    ReviewStatus.CONFIRMED: "Confirmed",
    ReviewStatus.DISPUTED: "Disputed",
    ReviewStatus.DISMISSED: "Dismissed",
}


def _shown(window: MainWindow, finding_id: str) -> tuple[str, str, bool]:
    """The text painted in the finding's Review cell, its DisplayRole and whether it fits."""
    dock = window.dock
    row = dock.model.row_of(finding_id)
    assert row is not None
    index = dock.proxy.mapFromSource(dock.model.index(row, Column.STATUS))
    table = dock.table
    delegate = table.itemDelegateForColumn(Column.STATUS)
    assert isinstance(delegate, ReviewLabelDelegate), "the Review column paints Qt's elided text"
    option = QStyleOptionViewItem()
    option.rect = table.visualRect(index)
    option.widget = table
    option.font = table.font()
    shown = delegate.shown_text(option, index)
    styled = QStyleOptionViewItem(option)
    delegate.initStyleOption(styled, index)  # the bold font of a confirmed or disputed review
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    fits = QFontMetrics(styled.font).horizontalAdvance(shown) <= option.rect.width() - 2 * margin
    return shown, str(index.data()), fits


def _review_three(window: MainWindow) -> dict[ReviewStatus, str]:
    proxy = window.dock.proxy
    ids = [str(proxy.index(row, 0).data(FINDING_ID_ROLE)) for row in range(3)]  # shown rows
    statuses = dict(zip(WORDS, ids, strict=True))
    for status, finding_id in statuses.items():
        assert window.review.set_status(status, finding_id)
    return statuses


def test_a_disputed_findings_review_label_is_readable_at_1280x720(qtbot, tmp_path: Path) -> None:
    window = open_at(qtbot, (1280, 720), tmp_path)
    assert window.dockWidgetArea(window.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    whole = set()
    for status, finding_id in _review_three(window).items():
        shown, label, fits = _shown(window, finding_id)
        whole.add(shown == label)
        assert label == status_text(status)  # the model's text stays the full label
        assert WORDS[status] in shown and "…" not in shown, (status, shown)
        assert fits, (status, shown)
        row = window.dock.model.row_of(finding_id)
        assert row is not None
        tooltip = window.dock.model.index(row, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip.startswith(label + ": ")
    assert len(whole) == 1  # the column reads alike: every label whole, or every word alone
    _close(window)


def test_below_the_articles_the_review_column_shows_the_mark_and_the_word(
    qtbot, tmp_path: Path
) -> None:
    window = open_at(qtbot, (1920, 1080), tmp_path)
    assert window.dockWidgetArea(window.dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    for finding_id in _review_three(window).values():
        shown, label, fits = _shown(window, finding_id)
        assert shown == label and fits
    _close(window)


LABELS = ("✓ Confirmed", "? Disputed")


@pytest.mark.parametrize(
    ("room", "shown"),
    [(100, ("✓ Confirmed", "? Disputed")), (60, ("Confirmed", "Disputed")), (20, ("✓", "?"))],
    ids=["whole", "the words", "the marks"],
)
def test_a_narrowing_column_drops_every_mark_before_any_word(
    room: int, shown: tuple[str, ...]
) -> None:
    # "? Disputed" alone would fit 60 px; the column still reads alike, word under word.
    form = label_form(LABELS, lambda text: 6 * len(text), room)
    assert tuple(shown_label(label, form) for label in LABELS) == shown


def test_an_open_finding_shows_nothing_in_any_form() -> None:
    assert {shown_label("", form) for form in LabelForm} == {""}


def test_an_open_finding_with_a_note_says_so_in_the_laptop_panel(qtbot, tmp_path: Path) -> None:
    """At 1280x720 the side panel hides the Note column: a journalist who wrote "ask the police
    for the age" on a finding, left it open and reopened the comparison saw a blank Review cell.
    The cell now says a note is there; a finding without one stays blank."""
    window = open_at(qtbot, (1280, 720), tmp_path)
    assert window.dock.table.isColumnHidden(Column.NOTE)
    proxy = window.dock.proxy
    noted, plain = (str(proxy.index(row, 0).data(FINDING_ID_ROLE)) for row in range(2))
    assert window.review.set_note(noted, "ask the police for the age")

    shown, label, fits = _shown(window, noted)
    assert "Note" in shown and fits, shown
    assert label == ""  # the model's text stays the (open) review's label
    assert _shown(window, plain)[0] == ""
    _close(window)


def test_below_the_articles_the_note_has_its_own_column(qtbot, tmp_path: Path) -> None:
    window = open_at(qtbot, (1920, 1080), tmp_path)
    assert not window.dock.table.isColumnHidden(Column.NOTE)
    noted = str(window.dock.proxy.index(0, 0).data(FINDING_ID_ROLE))
    assert window.review.set_note(noted, "ask the police for the age")
    assert _shown(window, noted)[0] == ""  # the Note column shows it; no second copy
    _close(window)


@pytest.mark.parametrize("status", list(WORDS), ids=[w.lower() for w in WORDS.values()])
def test_a_reviewed_finding_with_a_note_shows_both_in_the_laptop_panel(
    qtbot, tmp_path: Path, status: ReviewStatus
) -> None:
    """A journalist confirms the mayor's age and notes "checked with the town hall". At
    1280x720 the Note column is hidden, and the Review cell showed "Confirmed" alone: nothing
    said a note explained the decision. It now reads "Confirmed ✎", whole and unclipped."""
    window = open_at(qtbot, (1280, 720), tmp_path)
    assert window.dock.table.isColumnHidden(Column.NOTE)
    proxy = window.dock.proxy
    noted, plain = (str(proxy.index(row, 0).data(FINDING_ID_ROLE)) for row in range(2))
    for finding_id in (noted, plain):
        assert window.review.set_status(status, finding_id)
    assert window.review.set_note(noted, "checked with the town hall")

    shown, label, fits = _shown(window, noted)
    assert WORDS[status] in shown and shown.endswith("✎"), shown
    assert "…" not in shown and fits, shown
    assert label == status_text(status)  # the model's text stays the review's label
    assert "✎" not in _shown(window, plain)[0]
    _close(window)
