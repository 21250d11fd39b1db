"""The Verdict column names every verdict in full: in the side panel of a 1280x720 laptop it cut
"= Corroborated" to "= Corrobor…". It now takes the width its widest label needs, beside the
articles' quotes, below the articles as at the side."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

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
