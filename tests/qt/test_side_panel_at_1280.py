"""A journalist on a 1280x720 laptop, the findings at the window's side: a conflict's two names can
be told apart in the narrow table without opening the row, and the review count reads on one line
of its own, not squeezed beside the Show Person and Remove Link buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.qt.findings_model import Column
from tests.factories import FakeCompare
from tests.qt.test_laptop_screens import _close, open_at


def _shown_text(table, index) -> str:
    """The text the cell paints: its value elided the way its delegate asks, in its width."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.textElideMode = table.textElideMode()  # what the view gives every cell
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    # The style's item margins: a few pixels less than the column for the text.
    room = table.columnWidth(index.column()) - 8
    return QFontMetrics(option.font).elidedText(option.text, option.textElideMode, room)


def test_a_conflicts_two_names_keep_the_letters_that_differ_in_the_side_table(
    qtbot, tmp_path: Path
) -> None:
    window = open_at(qtbot, (1280, 720), tmp_path, compare=FakeCompare())
    assert window.dockWidgetArea(window.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    table = window.dock.table
    row = table.currentIndex().row()  # F8 stepped to Ivan Kovgan / Ivan Petrov
    left = table.model().index(row, Column.LEFT)
    right = table.model().index(row, Column.RIGHT)
    assert (left.data(), right.data()) == ("Ivan Kovgan", "Ivan Petrov")
    shown_left, shown_right = _shown_text(table, left), _shown_text(table, right)
    # The column is too narrow for the name whole (else this story proves nothing) ...
    assert shown_left != "Ivan Kovgan"
    # ... and the cut keeps the end, where the two names differ ("Ivan Kovg…" / "Ivan Petro…").
    assert shown_left.endswith("gan") and shown_right.endswith("rov")
    assert left.data(Qt.ItemDataRole.ToolTipRole) == "Ivan Kovgan"  # the whole value on hover
    _close(window)


def test_a_sentence_in_the_side_table_still_reads_from_its_start(qtbot, tmp_path: Path) -> None:
    window = open_at(qtbot, (1280, 720), tmp_path, compare=FakeCompare())
    window.dock.type_combo.setCurrentIndex(window.dock.type_combo.findText("Sentences only"))
    table = window.dock.table
    cell = table.model().index(0, Column.LEFT)
    shown = _shown_text(table, cell)
    assert shown.startswith(str(cell.data())[:3]) and shown.endswith("…")
    _close(window)


def test_the_review_count_has_a_line_of_its_own_below_the_link_buttons(
    qtbot, tmp_path: Path
) -> None:
    window = open_at(qtbot, (1280, 720), tmp_path, compare=FakeCompare())
    panel = window.dock.review
    assert panel.remove_button.isVisible()
    assert panel.counts.geometry().top() >= panel.remove_button.geometry().bottom()
    # One line: beside the two buttons it wrapped into two cramped ones.
    assert panel.counts.height() < 2 * panel.counts.fontMetrics().lineSpacing()
    assert "reviewed" in panel.counts.text()
    _close(window)


def test_a_value_one_article_alone_gives_reads_from_its_start(qtbot, tmp_path: Path) -> None:
    window = open_at(qtbot, (1280, 720), tmp_path, compare=FakeCompare())
    table = window.dock.table
    table.setColumnWidth(Column.LEFT, 40)  # narrower than "Rybar" or "Armenia"
    model = table.model()
    one_sided = [
        model.index(row, Column.LEFT)
        for row in range(model.rowCount())
        if model.index(row, Column.RIGHT).data() == "" and model.index(row, Column.LEFT).data()
    ]
    assert one_sided
    for cell in one_sided:
        shown = _shown_text(table, cell)
        value = str(cell.data())
        if shown != value:  # cut: its first letters stay ("Rybar" -> "Ry…", not "R…r")
            assert shown.endswith("…") and value.startswith(shown[:-1]), (value, shown)
    _close(window)
