"""A journalist looking for one name presses Ctrl+F, as in every other program: the Findings
tab comes forward (from the Quotes tab, or with the panel closed) with the keyboard in its
search box, and what they type narrows the table to the rows that have it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.model import Side
from desktop.qt.dock_tabs import show_tab
from desktop.qt.findings_model import Column
from desktop.qt.main_window import MainWindow
from tests.qt.qt_helpers import open_story


@pytest.fixture
def opened(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    open_story(qtbot, window, tmp_path)
    window.activateWindow()
    return window


def _left_quotes(window: MainWindow) -> list[str]:
    proxy = window.dock.proxy
    return [str(proxy.index(row, Column.LEFT).data()) for row in range(proxy.rowCount())]


def test_ctrl_f_from_another_tab_searches_the_findings(qtbot, opened: MainWindow) -> None:
    window = opened
    show_tab(window, "Quotes")
    window.view.text(Side.LEFT).setFocus()
    every = window.dock.proxy.rowCount()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.dock.tabs.currentIndex() == 0  # Findings
    assert QApplication.focusWidget() is window.dock.search
    assert "Ctrl+F" in window.dock.search.placeholderText()
    qtbot.keyClicks(window.dock.search, "Kovgan")
    assert _left_quotes(window) == ["Ivan Kovgan"]
    window.dock.search.clear()
    assert window.dock.proxy.rowCount() == every


def test_ctrl_f_opens_a_closed_panel_and_selects_the_last_search(qtbot, opened: MainWindow) -> None:
    window = opened
    window.dock.search.setText("Rybar")
    window.dock.hide()
    window.view.text(Side.RIGHT).setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.dock.isVisible()
    assert window.dock.search.selectedText() == "Rybar"  # typing replaces it
