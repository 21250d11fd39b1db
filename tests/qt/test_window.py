"""Opening files, navigating conflicts, remembering settings: the window over a fake engine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core.model import FindingKind, Side
from desktop.qt.main_window import MainWindow
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.qt.qt_helpers import drag_enter, drop_files, report_of


def _articles(tmp_path: Path, *names: str) -> list[Path]:
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_text(f"An article called {name}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _open(qtbot, window: MainWindow, left: Path, right: Path) -> None:
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        assert window.files.open_pair(left, right)


def test_dropping_two_files_on_a_pane_compares_them(
    qtbot, window: MainWindow, fake_compare, tmp_path: Path
) -> None:
    first, second = _articles(tmp_path, "tass.txt", "reuters.md")
    viewport = window.view.text(Side.LEFT).viewport()
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        drop = drop_files(viewport, [first, second])
        assert drop.isAccepted()
    assert fake_compare.calls == [(first, second)]
    report = window.view.report
    assert report is not None
    assert (report.left.document.source, report.right.document.source) == (str(first), str(second))
    assert "tass.txt" in window.windowTitle() and "reuters.md" in window.windowTitle()
    assert window.settings.recent_pairs[0] == (str(first), str(second))


def test_dropping_one_file_on_a_pane_replaces_that_side(
    qtbot, window: MainWindow, fake_compare, tmp_path: Path
) -> None:
    left, right, newer = _articles(tmp_path, "a.txt", "b.txt", "c.txt")
    _open(qtbot, window, left, right)
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        drop_files(window.view.text(Side.RIGHT).viewport(), [newer])
    assert fake_compare.calls[-1] == (left, newer)


def test_dropping_a_folder_explains_and_keeps_the_comparison(
    qtbot, window: MainWindow, fake_compare, tmp_path: Path
) -> None:
    left, right = _articles(tmp_path, "a.txt", "b.txt")
    _open(qtbot, window, left, right)
    before = report_of(window.view)
    folder = tmp_path / "clippings"
    folder.mkdir()
    with qtbot.waitSignal(window.session.failed, timeout=5_000) as blocker:
        drop_files(window.view.text(Side.LEFT).viewport(), [folder])
    assert "folder" in blocker.args[0] and "clippings" in blocker.args[0]
    assert "folder" in window.statusBar().currentMessage()
    assert window.view.report is before
    assert window.view.text(Side.LEFT).toPlainText() == before.left.document.text
    assert len(fake_compare.calls) == 1


def test_unsupported_and_missing_files_are_refused_before_any_work(
    qtbot, window: MainWindow, fake_compare, tmp_path: Path
) -> None:
    (sheet,) = _articles(tmp_path, "figures.xlsx")
    messages: list[str] = []
    window.session.failed.connect(messages.append)
    assert not window.files.open_pair(sheet, sheet)
    assert not window.files.open_pair(tmp_path / "gone.txt", sheet)
    assert "unsupported file type" in messages[0] and "figures.xlsx" in messages[0]
    assert "not found" in messages[1]
    assert fake_compare.calls == []
    assert not window.session.busy


def test_a_text_drag_is_refused(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QMimeData, QPointF

    mime = QMimeData()
    mime.setText("just some words")
    event = drag_enter(window.view.text(Side.LEFT).viewport(), mime, QPointF(10, 10))
    assert not event.isAccepted()


def test_next_conflict_walks_through_every_conflict_and_back(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    left, right = _articles(tmp_path, "a.txt", "b.txt")
    _open(qtbot, window, left, right)
    report = window.view.report
    assert report is not None
    conflicts = {f.id for f in report.findings if f.kind is FindingKind.CONFLICT}
    assert len(conflicts) == 2
    window.activateWindow()
    visited = []
    for _ in range(len(conflicts)):
        qtbot.keyClick(window, Qt.Key.Key_F8)
        visited.append(window.view.current_id)
    assert set(visited) == conflicts
    # The table's order: the sure Kovgan (first paragraph) before the weeks to check (last).
    first = report.finding(visited[0] or "")
    assert first is not None and first.left[0].text == "Ivan Kovgan"
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.view.current_id == visited[0], "wraps round to the first conflict"
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.view.current_id == visited[-1]
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.view.current_id == visited[0]
    # The current conflict is marked in both panes, and the table row follows.
    for side in Side:
        marked = window.view.text(side).layers.layer("current")
        assert [(s, e) for s, e, _f in marked] == [(sp.start, sp.end) for sp in first.spans(side)]


def test_findings_table_filters_by_kind_type_and_search(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    left, right = _articles(tmp_path, "a.txt", "b.txt")
    _open(qtbot, window, left, right)
    dock = window.dock
    proxy = dock.proxy

    def shown() -> list[str]:
        return [
            proxy.index(r, 2).data() or proxy.index(r, 3).data() for r in range(proxy.rowCount())
        ]

    assert len(shown()) == 10  # every fact, sentences hidden by default
    dock.kind_buttons[FindingKind.AGREE].setChecked(False)
    assert len(shown()) == 6
    dock.type_combo.setCurrentIndex(dock.type_combo.findData("person"))
    assert sorted(shown()) == ["Ivan Kovgan", "Putin"]
    dock.search.setText("putin")
    assert shown() == ["Putin"]


def test_settings_round_trip(qtbot, settings: Settings, fake_compare) -> None:
    first = MainWindow(ComparisonSession(compare=fake_compare), settings, modal_errors=False)
    qtbot.addWidget(first)
    first.show()
    first.resize(761, 573)  # within the 800x800 offscreen screen
    first.set_font_size(16)
    first.set_sync_scrolling(False)
    first.view.splitter.setSizes([450, 56, 240])
    sizes = first.view.splitter.sizes()
    first.settings.add_recent_pair("/news/a.txt", "/news/b.txt")
    first.close()  # closing saves

    reread = Settings(settings.path)
    second = MainWindow(ComparisonSession(compare=fake_compare), reread, modal_errors=False)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (761, 573)
    assert second.font_size() == 16
    assert second.view.text(Side.RIGHT).point_size() == 16
    assert not second.action_table.sync_scrolling.isChecked() and not second.view.sync.enabled
    assert second.view.splitter.sizes() == sizes
    assert reread.recent_pairs[0] == ("/news/a.txt", "/news/b.txt")


def test_zoom_shortcuts_change_both_panes(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    start = window.font_size()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.text(Side.LEFT).point_size() == start + 1
    assert window.view.text(Side.RIGHT).point_size() == start + 1
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.font_size() == start - 1


def test_next_conflict_selects_the_row_in_the_findings_table(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from desktop.qt.findings_model import FINDING_ID_ROLE

    left, right = _articles(tmp_path, "a.txt", "b.txt")
    _open(qtbot, window, left, right)
    window.action_table.next_conflict.trigger()
    assert window.dock.table.currentIndex().data(FINDING_ID_ROLE) == window.view.current_id


def test_findings_table_sorts_and_keeps_the_selection(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from desktop.qt.findings_model import FINDING_ID_ROLE, Column

    left, right = _articles(tmp_path, "a.txt", "b.txt")
    _open(qtbot, window, left, right)
    table, proxy = window.dock.table, window.dock.proxy
    # Default order: what needs attention first (conflicts), then one-sided facts.
    assert proxy.index(0, Column.KIND).data().endswith("Conflict")
    table.selectRow(3)
    selected = table.currentIndex().data(FINDING_ID_ROLE)
    table.sortByColumn(Column.CONFIDENCE, Qt.SortOrder.DescendingOrder)
    confidences = [
        float(proxy.index(r, Column.CONFIDENCE).data().rstrip("%")) for r in range(proxy.rowCount())
    ]
    assert confidences == sorted(confidences, reverse=True)
    assert table.currentIndex().data(FINDING_ID_ROLE) == selected
