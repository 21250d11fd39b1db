"""A very long article is compared only in part; the window shows that part and says so.

A stop-55 walk dropped a 20 MB text: the engine compared its beginning and said only part was
compared, but the pane gave no sign where the compared text ends. The engine now carries the cut
as data (``Document.omitted_words``), the pane shows only the compared text and a line under it
saying how much was left out, and a save keeps that line. The cut limit is patched small so the
story runs in a second."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

import desktop.core.compare as compare_module
from desktop.core.compare import compare_files
from desktop.core.export.html import export_html
from desktop.core.model import NoticeCode, Side
from desktop.core.persistence.persist import SavedComparison, load_comparison, save_comparison
from desktop.qt.dialogs import HeadlessPrompts
from desktop.qt.main_window import MainWindow
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings

CUT_AT = 2_000  # characters compared per article in this story (the app's is 100,000)
PARAGRAPH = (
    "The harbour council met on Tuesday in Dunmore and voted to close the old ferry pier, "
    "said Mayor Ruth Kell, who added that 12 workers would move to the new terminal."
)
SHORT = "Mayor Ruth Kell said on Tuesday that the Dunmore council voted to close the ferry pier."


def _long_text(paragraphs: int = 60) -> str:
    return "\n\n".join(f"{PARAGRAPH} Item {n}." for n in range(paragraphs))


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(compare_module, "MAX_COMPARED_CHARS", CUT_AT)
    # In this process, so the patched limit holds (the window's own engine runs in another).
    session = ComparisonSession(compare=compare_files)
    win = MainWindow(
        session, Settings(tmp_path / "fresh.ini"), modal_errors=False, prompts=HeadlessPrompts()
    )
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    yield win
    session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


def _open_long_pair(qtbot, window: MainWindow, tmp_path: Path) -> None:
    left, right = tmp_path / "long.txt", tmp_path / "short.txt"
    left.write_text(_long_text(), encoding="utf-8")
    right.write_text(SHORT, encoding="utf-8")
    with qtbot.waitSignal(window.session.reportChanged, timeout=60_000):
        assert window.files.open_pair(left, right)


def test_a_very_long_article_shows_only_its_compared_part_and_says_how_much_is_left_out(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _open_long_pair(qtbot, window, tmp_path)
    report = window.session.report
    assert report is not None
    left = report.left.document
    whole = _long_text()
    assert len(left.text) <= CUT_AT and whole.startswith(left.text)
    assert left.omitted_words == len(whole.split()) - len(left.text.split()) > 0
    assert report.summary.notice(NoticeCode.TRUNCATED) is not None
    # The pane holds the compared text, not the file: every highlight indexes what is shown.
    pane = window.view.panes[Side.LEFT]
    assert pane.text.toPlainText() == left.text
    assert all(h.end <= len(left.text) for h in pane.text.highlights())
    note = pane.cut_note
    assert note.isVisible()
    assert f"first {left.word_count:,} words" in note.text()
    assert f"the {left.omitted_words:,} words after them were left out" in note.text()
    # The short article is whole: no such line on its side.
    assert report.right.document.omitted_words == 0
    assert not window.view.panes[Side.RIGHT].cut_note.isVisible()


def test_a_saved_long_comparison_reopens_with_the_same_line_and_exports_its_notice(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _open_long_pair(qtbot, window, tmp_path)
    report = window.session.report
    assert report is not None
    path = tmp_path / "long.crosscheck"
    save_comparison(path, SavedComparison(report=report))
    reopened = load_comparison(path)
    assert reopened.report.left.document.omitted_words == report.left.document.omitted_words
    window.session.load(reopened, path)
    note = window.view.panes[Side.LEFT].cut_note
    assert note.isVisible() and f"{report.left.document.omitted_words:,} words" in note.text()
    assert "words were compared" in export_html(reopened)
