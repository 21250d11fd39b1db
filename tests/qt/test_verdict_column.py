"""The Verdict column names every verdict in full: in the side panel of a 1280x720 laptop it cut
"= Corroborated" to "= Corrobor…". It now takes the width its widest label needs, beside the
articles' quotes, below the articles as at the side."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.qt.column_fit import verdict_width
from desktop.qt.findings_model import Column
from desktop.qt.main_window import MainWindow
from tests.qt.test_laptop_screens import _close, open_at


@pytest.mark.parametrize(
    ("size", "area"),
    [
        ((1280, 720), Qt.DockWidgetArea.RightDockWidgetArea),
        ((1920, 1080), Qt.DockWidgetArea.BottomDockWidgetArea),
    ],
    ids=["side-panel", "below"],
)
def test_every_verdict_label_fits_its_column(
    qtbot, tmp_path: Path, size: tuple[int, int], area: Qt.DockWidgetArea
) -> None:
    window: MainWindow = open_at(qtbot, size, tmp_path)
    assert window.dockWidgetArea(window.dock) == area
    table = window.dock.table
    labels = {
        str(window.dock.proxy.index(row, Column.KIND).data())
        for row in range(window.dock.proxy.rowCount())
    }
    assert "= Corroborated" in labels
    assert table.columnWidth(Column.KIND) >= table.sizeHintForColumn(Column.KIND)
    # The quotes still show a name whole.
    for column in (Column.LEFT, Column.RIGHT):
        assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance("Ivan Kovgan")
    _close(window)


def test_a_side_panel_names_the_quote_columns_as_the_panes_do_with_room_to_spare(
    qtbot, tmp_path: Path
) -> None:
    # "Right article" filled its 80-pixel column at 1280x720 and touched the scroll bar.
    window: MainWindow = open_at(qtbot, (1280, 720), tmp_path)
    table = window.dock.table
    header = table.horizontalHeader()
    for column, short, full in (
        (Column.LEFT, "Left", "Left article"),
        (Column.RIGHT, "Right", "Right article"),
    ):
        assert window.dock.proxy.headerData(column, Qt.Orientation.Horizontal) == short
        tip = window.dock.proxy.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        assert tip == full
        room = table.columnWidth(column) - header.fontMetrics().horizontalAdvance(short)
        assert room >= 24, column
    _close(window)
    # Below the articles the table is wide: the columns keep their full names.
    wide: MainWindow = open_at(qtbot, (1920, 1080), tmp_path)
    assert wide.dock.proxy.headerData(Column.RIGHT, Qt.Orientation.Horizontal) == "Right article"
    _close(wide)


@pytest.mark.parametrize("kinds", [None, {"agree"}], ids=["all-shown", "corroborated-only"])
def test_measuring_one_row_per_verdict_label_gives_the_width_every_row_would(
    qtbot, tmp_path: Path, kinds: set[str] | None
) -> None:
    # A long pair's 2,263 rows were each measured for a width a handful of labels decide.
    window: MainWindow = open_at(qtbot, (1280, 720), tmp_path)
    dock = window.dock
    if kinds is not None:
        for kind, button in dock.kind_buttons.items():
            button.setChecked(kind.value in kinds)
    assert dock.proxy.rowCount() > 0
    measured = verdict_width(dock.table, dock.model, dock.proxy)
    assert measured == dock.table.sizeHintForColumn(Column.KIND)
    _close(window)
