"""Which article is more recent is a question the findings ask ("a toll is revised as news comes
in: check which is more recent"). On a laptop screen the header's details had room for
"left.txt · 202…": the date was cut in half. Now whole parts give way (the word count, then
the file name) and the date is the last to go; a wide window still shows every part."""

from __future__ import annotations

from pathlib import Path

from desktop.core.model import Side
from desktop.qt.article_pane import format_meta
from desktop.qt.main_window import MainWindow
from tests.qt.qt_helpers import open_story

LEFT_DATE = "2023-11-09"  # the story report's left article


def _open(qtbot, window: MainWindow, tmp_path: Path, size: tuple[int, int]) -> str:
    window.resize(*size)
    open_story(qtbot, window, tmp_path)
    qtbot.wait(50)
    return window.view.panes[Side.LEFT].meta.text()


def test_a_laptop_header_shows_the_whole_date_not_half_of_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    shown = _open(qtbot, window, tmp_path, (1280, 720))
    assert window.is_compact()
    assert LEFT_DATE in shown and "…" not in shown
    report = window.view.report
    assert report is not None
    assert shown != format_meta(report.left)  # the full line did not fit: parts gave way


def test_a_wide_header_keeps_every_part(qtbot, window: MainWindow, tmp_path: Path) -> None:
    shown = _open(qtbot, window, tmp_path, (1920, 1080))
    report = window.view.report
    assert report is not None
    assert shown == format_meta(report.left)
    assert "words" in shown
