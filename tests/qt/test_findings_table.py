"""The findings table as the journalist sees it on screen: one selected row, notes that follow
undo, verdict chips whose on and off states cannot be confused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from desktop.core.model import FindingKind, Side
from desktop.qt.findings_model import Column
from desktop.qt.main_window import MainWindow
from tests.qt.qt_helpers import open_story, report_of


@pytest.fixture
def reviewing(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """The window with the findings table below the articles, every column shown."""
    qtbot.waitUntil(lambda: not window._size_dock_on_show, timeout=2_000)
    window.resize(1400, 900)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.dock)
    return open_story(qtbot, window, tmp_path)


def on_screen(qtbot, window: MainWindow) -> QImage:
    """What the screen shows once painting has settled: the window's backing store as last
    painted, without asking the widgets to paint again (a ``grab()`` would repaint everything and
    hide a missed update). Item views repaint on timers, so wait for two equal frames."""
    screen = QApplication.primaryScreen()
    frames = [screen.grabWindow(window.winId()).toImage()]

    def settled() -> bool:
        frames.append(screen.grabWindow(window.winId()).toImage())
        return frames[-1] == frames[-2]

    qtbot.wait(40)
    qtbot.waitUntil(settled, timeout=3_000)
    return frames[-1]


def painted_selected_rows(qtbot, window: MainWindow) -> list[int]:
    """Rows whose Left-article cell is painted in the selection colour."""
    table, proxy = window.dock.table, window.dock.proxy
    image = on_screen(qtbot, window)
    highlight = table.palette().color(table.palette().ColorRole.Highlight).name()
    rows = []
    for row in range(proxy.rowCount()):
        rect = table.visualRect(proxy.index(row, Column.LEFT))
        if not table.viewport().rect().contains(rect):
            continue
        corner = table.viewport().mapTo(window, rect.topLeft())
        if image.pixelColor(corner.x() + 3, corner.y() + 3).name() == highlight:
            rows.append(row)
    return rows


def test_stepping_with_f8_leaves_exactly_one_row_selected(qtbot, reviewing: MainWindow) -> None:
    window = reviewing
    window.dock.table.setFocus()
    window.dock.table.selectRow(3)
    painted_selected_rows(qtbot, window)  # the screen is painted between key presses
    window.action_table.next_conflict.trigger()
    painted_selected_rows(qtbot, window)
    window.action_table.next_conflict.trigger()  # the second conflict
    selected = [i.row() for i in window.dock.table.selectionModel().selectedRows()]
    assert len(selected) == 1
    assert painted_selected_rows(qtbot, window) == selected


def test_clicking_a_highlight_moves_the_table_selection_there(qtbot, reviewing: MainWindow) -> None:
    window = reviewing
    window.action_table.next_conflict.trigger()
    painted_selected_rows(qtbot, window)
    text = window.view.text(Side.LEFT)
    start = report_of(window.view).document(Side.LEFT).document.text.index("Kremlin")
    cursor_rect = text.cursorRect(text._cursor_at(start + 2))
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=cursor_rect.center())
    assert window.dock.current_id() == "f03"
    row = window.dock.proxy.mapFromSource(window.dock.model.index(_row(window, "f03"), 0))
    assert painted_selected_rows(qtbot, window) == [row.row()]


def _row(window: MainWindow, finding_id: str) -> int:
    row = window.dock.model.row_of(finding_id)
    assert row is not None
    return row


def _note_cell(qtbot, window: MainWindow, finding_id: str) -> QImage:
    dock = window.dock
    index = dock.proxy.mapFromSource(dock.model.index(_row(window, finding_id), Column.NOTE))
    dock.table.scrollTo(index)  # the Note column is the last: bring it into view
    rect = dock.table.visualRect(index).intersected(dock.table.viewport().rect())
    assert rect.width() > 40
    corner = dock.table.viewport().mapTo(window, rect.topLeft())
    return on_screen(qtbot, window).copy(corner.x(), corner.y(), rect.width(), rect.height())


def test_undoing_a_note_clears_it_from_the_table_at_once(qtbot, reviewing: MainWindow) -> None:
    window = reviewing
    window.dock.table.setFocus()
    window.view.show_finding("f06")  # a row below the first
    _note_cell(qtbot, window, "f06")  # scrolls the Note column into view
    before = _note_cell(qtbot, window, "f06")
    window.review.set_note("f06", "Call the ministry")
    assert _note_cell(qtbot, window, "f06") != before
    window.action_table.undo.trigger()
    # Without a click or any other repaint of the table, the cell goes back to empty.
    assert _note_cell(qtbot, window, "f06") == before


def test_a_verdict_chip_switched_off_looks_switched_off(qtbot, reviewing: MainWindow) -> None:
    dock = reviewing.dock
    chip = dock.kind_buttons[FindingKind.AGREE]
    tint = QColor(dock._theme.tint(FindingKind.AGREE))
    on = chip.grab().toImage()
    chip.setChecked(False)
    off = chip.grab().toImage()
    assert FindingKind.AGREE not in dock.proxy.kinds()
    # On: filled with the verdict's tint. Off: no tint at all, and the label is struck through.
    assert _share_of(on, tint) > 0.3
    assert _share_of(off, tint) == 0.0
    assert chip.font().strikeOut()
    chip.setChecked(True)
    assert not chip.font().strikeOut()


def _share_of(image: QImage, colour: QColor) -> float:
    hits = total = 0
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            total += 1
            pixel = image.pixelColor(x, y)
            if (
                max(
                    abs(pixel.red() - colour.red()),
                    abs(pixel.green() - colour.green()),
                    abs(pixel.blue() - colour.blue()),
                )
                <= 6
            ):
                hits += 1
    return hits / max(1, total)
