"""A new user's keyboard path through a comparison: the empty review panel says which keys step
through the findings, and the keys it names do what it says: F8 to the first conflict, Ctrl+1
to confirm it, F2 to type a note, Ctrl+4 (named on the Open button) to reopen it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.model import ReviewStatus, Side
from desktop.qt.main_window import MainWindow
from desktop.qt.review_controller import NOTE_KEPT
from tests.qt.qt_helpers import open_story


@pytest.fixture
def opened(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """The window on the hand-made report (first conflict f00: Ivan Kovgan / Ivan Petrov)."""
    open_story(qtbot, window, tmp_path)
    window.activateWindow()
    window.view.text(Side.LEFT).setFocus()  # the keys work from the article being read
    return window


def _press(qtbot, window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def test_the_empty_review_panel_names_the_keys_and_they_work(qtbot, opened: MainWindow) -> None:
    window = opened
    panel = window.dock.review
    hint = panel.context_text()
    for key in ("F8", "F7", "F9"):
        assert key in hint
    assert "F2" in panel.note.placeholderText()
    assert "Ctrl+4" in panel.status_buttons[ReviewStatus.OPEN].toolTip()
    assert window.view.current_id is None

    _press(qtbot, window, Qt.Key.Key_F8)
    assert window.view.current_id == "f00"
    assert "Ivan Kovgan" in panel.context_text()
    _press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    finding = window.session.finding("f00")
    assert finding is not None and finding.status is ReviewStatus.CONFIRMED

    _press(qtbot, window, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is panel.note
    qtbot.keyClicks(panel.note, "Call the ministry")
    panel.commit_note()
    finding = window.session.finding("f00")
    assert finding is not None and finding.note == "Call the ministry"

    _press(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    finding = window.session.finding("f00")
    assert finding is not None and finding.status is ReviewStatus.OPEN


def test_a_selected_finding_replaces_the_key_hint(qtbot, opened: MainWindow) -> None:
    window = opened
    window.action_table.next_conflict.trigger()
    assert "F8" not in window.dock.review.context_text()


def test_escape_in_a_note_keeps_it_and_gives_the_keys_back_to_the_article(
    qtbot, opened: MainWindow
) -> None:
    """A journalist steps to a conflict, presses F2, types a reminder and presses Escape: the note
    is kept and the keys are back in the article being read, not left typing in the note."""
    window = opened
    left = window.view.text(Side.LEFT)
    panel = window.dock.review
    _press(qtbot, window, Qt.Key.Key_F8)
    _press(qtbot, window, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is panel.note
    qtbot.keyClicks(panel.note, "Ring the ministry")

    _press(qtbot, window, Qt.Key.Key_Escape)

    finding = window.session.finding("f00")
    assert finding is not None and finding.note == "Ring the ministry"
    assert QApplication.focusWidget() is left
    _press(qtbot, window, Qt.Key.Key_F8)  # and the walk goes on from there
    assert QApplication.focusWidget() is left


def test_escape_in_a_note_says_the_note_was_kept(qtbot, opened: MainWindow) -> None:
    """Escape could read as "cancel": the status bar says the reminder typed is kept."""
    window = opened
    _press(qtbot, window, Qt.Key.Key_F8)
    _press(qtbot, window, Qt.Key.Key_F2)
    qtbot.keyClicks(window.dock.review.note, "Call the agency")

    _press(qtbot, window, Qt.Key.Key_Escape)

    assert window.statusBar().currentMessage() == NOTE_KEPT
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    finding = window.session.finding("f00")
    assert finding is not None and finding.note == ""  # as the message says


def test_escape_in_a_note_opened_by_a_click_goes_to_the_findings_table(
    qtbot, opened: MainWindow
) -> None:
    """With no F2 to return to (the note was clicked into), Escape lands in the findings table."""
    window = opened
    panel = window.dock.review
    _press(qtbot, window, Qt.Key.Key_F8)
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "Check the age")

    _press(qtbot, window, Qt.Key.Key_Escape)

    finding = window.session.finding("f00")
    assert finding is not None and finding.note == "Check the age"
    assert QApplication.focusWidget() is window.dock.table
