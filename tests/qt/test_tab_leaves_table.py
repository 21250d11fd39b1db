"""A journalist on a laptop walks the findings with the keyboard: arrows move from row to row,
and Tab goes on to the review panel to read the sentences and write a note. The table used to
keep Tab for itself (cell to cell, row after row), so the note box could not be reached without
the mouse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.qt.main_window import MainWindow
from tests.qt.qt_helpers import open_story


def test_tab_goes_from_the_findings_table_to_the_note_box(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.resize(1280, 720)
    open_story(qtbot, window, tmp_path)
    table = window.dock.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2_000)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # arrows still walk the rows
    assert table.currentIndex().isValid()

    reached = []
    for _ in range(8):  # the panel's few controls, not every cell of every row
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is window.dock.review.note:
            break
    assert window.dock.review.note in reached, [w.objectName() for w in reached if w]
