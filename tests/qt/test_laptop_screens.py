"""Laptop screens (issue 10, item 16): at 1280x720 and 1366x768 the articles keep at least 25
lines with the findings panel open, and the selected finding's reason and both sentences are
readable. The screenshots are saved beside the test's temporary files for a person to look at."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt, QThreadPool
from PySide6.QtWidgets import QTextEdit

from desktop.core.model import Report, Side
from desktop.qt.dialogs import HeadlessPrompts
from desktop.qt.findings_dock import REASON_MIN
from desktop.qt.findings_model import Column
from desktop.qt.main_window import FIRST_RUN_SIZE, MainWindow, first_run_size
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.factories import LEFT_TEXT, RIGHT_TEXT, FakeCompare
from tests.factories import story_report as make_report

MIN_LINES = 25
FILLER = "The ministry said the search would continue through the night near the border. " * 3


class LongArticles(FakeCompare):
    """The hand-made findings at the top of two articles long enough to fill any screen."""

    def __call__(self, left: Path, right: Path, **kwargs: Any) -> Report:
        super().__call__(left, right, **kwargs)
        tail = ("\n\n" + FILLER) * 14
        return make_report(
            LEFT_TEXT + tail, RIGHT_TEXT + tail, left_source=str(left), right_source=str(right)
        )


def visible_lines(edit: QTextEdit) -> int:
    """Lines of text wholly inside the pane's viewport (blank lines between paragraphs count)."""
    document, layout = edit.document(), edit.document().documentLayout()
    height, dy = edit.viewport().height(), -edit.verticalScrollBar().value()
    count, block = 0, document.begin()
    while block.isValid():
        top_of_block = layout.blockBoundingRect(block).top() + dy
        text_layout = block.layout()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            top = top_of_block + line.y()
            count += top >= 0 and top + line.height() <= height
        block = block.next()
    return count


def open_at(
    qtbot, size: tuple[int, int], tmp_path: Path, compare: FakeCompare | None = None
) -> MainWindow:
    session = ComparisonSession(compare=compare or LongArticles())
    window = MainWindow(
        session, Settings(tmp_path / "fresh.ini"), modal_errors=False, prompts=HeadlessPrompts()
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window._size_dock_on_show, timeout=2_000)
    qtbot.wait(20)  # the first-run panel placement runs from the event loop
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    for path in (left, right):
        path.write_text("An article.\n", encoding="utf-8")
    with qtbot.waitSignal(session.reportChanged, timeout=10_000):
        assert window.files.open_pair(left, right)
    window.action_table.next_conflict.trigger()  # Ivan Kovgan / Ivan Petrov, as a reader would
    qtbot.wait(20)
    return window


def _close(window: MainWindow) -> None:
    window.session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def test_a_laptop_screen_shows_25_lines_and_the_findings_reason_and_sentences(
    qtbot, tmp_path: Path, size: tuple[int, int]
) -> None:
    window = open_at(qtbot, size, tmp_path)
    window.grab().save(str(tmp_path / f"window-{size[0]}x{size[1]}.png"))
    assert window.dock.isVisible() and not window.dock.isFloating()
    for side in Side:
        assert visible_lines(window.view.text(side)) >= MIN_LINES, side
    # The review panel: the reason and both sentences, in full, with room to read them.
    panel = window.dock.review
    shown = panel.context_text()
    assert "person conflict" in shown
    assert "Ivan Kovgan died near Stepanakert on Tuesday." in shown
    assert "Ivan Petrov died near Stepanakert on Tuesday." in shown
    words = panel.words
    assert words.isVisible() and words.viewport().height() >= 4 * words.fontMetrics().height()
    assert words.verticalScrollBar().maximum() == 0  # nothing hidden below the fold
    # The table still lists the findings with both quotes readable.
    table = window.dock.table
    assert table.viewport().height() >= 8 * table.verticalHeader().defaultSectionSize()
    for column in (Column.LEFT, Column.RIGHT):
        assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance("Ivan Kovgan")
    _close(window)


def test_the_default_size_keeps_the_table_below_with_a_readable_why_column(
    qtbot, tmp_path: Path
) -> None:
    window = open_at(qtbot, (1400, 900), tmp_path)
    window.grab().save(str(tmp_path / "window-1400x900.png"))
    assert window.dockWidgetArea(window.dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    table = window.dock.table
    assert not table.isColumnHidden(Column.REASON)
    assert table.columnWidth(Column.REASON) >= REASON_MIN
    # No note yet: the Note column gives its width to the Why column.
    assert table.columnWidth(Column.NOTE) < table.columnWidth(Column.REASON) // 2
    assert "person conflict" in window.dock.review.context_text()
    _close(window)


@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def test_the_first_window_on_a_laptop_screen_fits_it_with_the_review_panel_at_the_side(
    qtbot, tmp_path: Path, screen: tuple[int, int]
) -> None:
    size = first_run_size(QSize(*screen))
    assert size.width() <= screen[0] and size.height() < screen[1]  # room for a title bar
    window = open_at(qtbot, (size.width(), size.height()), tmp_path)
    assert window.dockWidgetArea(window.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    for side in Side:
        # A title bar's height (two lines) less than a frameless window of the screen's size.
        assert visible_lines(window.view.text(side)) >= MIN_LINES - 2, side
    _close(window)


def test_a_first_run_window_is_no_bigger_than_the_screen_it_opens_on(qtbot, tmp_path: Path) -> None:
    window = MainWindow(
        ComparisonSession(compare=LongArticles()),
        Settings(tmp_path / "fresh.ini"),
        modal_errors=False,
        prompts=HeadlessPrompts(),
    )
    qtbot.addWidget(window)
    available = window.screen().availableSize()
    assert window.width() <= available.width() and window.height() <= available.height()
    # A big screen still gets the roomy default, not a window stretched to fill it.
    assert first_run_size(QSize(2560, 1440)) == FIRST_RUN_SIZE
