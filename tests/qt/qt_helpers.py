"""Small helpers shared by the window tests (imported as a sibling module)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from desktop.core.model import Report
from desktop.core.persistence.persist import SavedComparison
from desktop.qt.comparison_view import ComparisonView
from desktop.qt.main_window import MainWindow
from desktop.qt.people_page import PeoplePage
from desktop.qt.session import ComparisonSession
from desktop.qt.timeline_page import TimelinePage


def selections_on(edit: QTextEdit, phrase: str) -> list[QTextEdit.ExtraSelection]:
    """The extra selections (highlights) covering exactly ``phrase``."""
    return [s for s in edit.extraSelections() if s.cursor.selectedText() == phrase]


def drag_enter(target: QWidget, mime: QMimeData, pos: QPointF) -> QDragEnterEvent:
    """Send a drag-enter event; returns it so the caller can ask whether it was accepted."""
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    try:
        # Qt >= 6.12 takes a QPointF (QPoint is deprecated); the pinned stubs know only QPoint.
        enter = QDragEnterEvent(pos, *args)  # type: ignore[call-overload]
    except TypeError:
        enter = QDragEnterEvent(pos.toPoint(), *args)
    QApplication.sendEvent(target, enter)
    return enter


def drop_urls(target: QWidget, urls: list[QUrl], pos: QPointF | None = None) -> QDropEvent:
    """A real drag-enter then drop of ``urls`` (a file manager's files, a browser's links); the
    drag must be accepted by ``target`` or by a parent it passes the drag up to."""
    mime = QMimeData()
    mime.setUrls(urls)
    if pos is None:
        pos = QPointF(target.width() / 2, target.height() / 2)
    enter = drag_enter(target, mime, pos)
    assert enter.isAccepted(), "the drop target refused the drag"
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return drop


def drop_files(target: QWidget, paths: list[Path]) -> QDropEvent:
    """A real drag-enter then drop with file URLs, as a file manager sends them."""
    return drop_urls(target, [QUrl.fromLocalFile(str(p)) for p in paths])


def comparison_of(session: ComparisonSession) -> SavedComparison:
    assert session.comparison is not None, "no comparison open"
    return session.comparison


def report_of(source: ComparisonSession | ComparisonView) -> Report:
    assert source.report is not None, "no report shown"
    return source.report


def open_story(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """``window`` comparing two placeholder articles, as a user opening a pair would; the test
    engine answers with the hand-made story report (``tests.factories.story_report``)."""
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    for path in (left, right):
        path.write_text("An article.\n", encoding="utf-8")
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        assert window.files.open_pair(left, right)
    return window


def wait_drawn(qtbot, *pages: PeoplePage | TimelinePage | ComparisonView) -> None:
    """A hidden People or Timeline tab draws in its own event-loop turn after the report
    arrives, and a shown window's panes draw their highlights in slices (stop 57): wait for
    them before reading a table or a pane's extra selections."""
    qtbot.waitUntil(lambda: all(page.drawn for page in pages))
