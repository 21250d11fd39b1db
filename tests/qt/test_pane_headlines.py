"""Which article is which: on a 1280x720 laptop each pane's headline shared one line with the
side and the date, and a journalist read "Storm floods harbour town as…" twice over: two
headlines that begin alike were cut before the words that tell them apart. A headline now wraps
onto two lines; only a headline longer than both is cut, at its end, with the whole of it in
the tooltip. The date stays whole beside it."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from desktop.core.model import Report, Side
from desktop.qt.elided_label import wrap_words
from desktop.qt.main_window import MainWindow
from tests.factories import FakeCompare, story_report
from tests.qt.test_laptop_screens import _close, open_at

LEFT_HEADLINE = "Storm floods harbour town as the river bursts its banks"
RIGHT_HEADLINE = "Storm floods harbour town as fishermen move boats inland"
TOO_LONG = (
    "Storm floods the harbour town as the river bursts its banks, the mayor orders the lower "
    "streets cleared and volunteers carry sandbags to the school, the church and the old mill"
)


def _titled(left_title: str, right_title: str) -> FakeCompare:
    class Titled(FakeCompare):
        def __call__(self, left: Path, right: Path, **kwargs: Any) -> Report:
            super().__call__(left, right, **kwargs)
            report = story_report(left_source=str(left), right_source=str(right))
            sides = {}
            for side, title in ((report.left, left_title), (report.right, right_title)):
                document = dataclasses.replace(side.document, title=title)
                sides[side.side] = dataclasses.replace(side, document=document)
            return dataclasses.replace(report, left=sides[Side.LEFT], right=sides[Side.RIGHT])

    return Titled()


def _shown(window: MainWindow, side: Side) -> str:
    return " ".join(window.view.panes[side].title.text().split())


def test_two_headlines_that_begin_alike_are_told_apart_on_a_laptop(qtbot, tmp_path: Path) -> None:
    window = open_at(qtbot, (1280, 720), tmp_path, _titled(LEFT_HEADLINE, RIGHT_HEADLINE))
    assert window.is_compact()
    qtbot.wait(50)
    for side, headline in ((Side.LEFT, LEFT_HEADLINE), (Side.RIGHT, RIGHT_HEADLINE)):
        pane = window.view.panes[side]
        assert _shown(window, side) == headline, _shown(window, side)
        assert len(pane.title.shown_lines()) == 2  # it wrapped, and it is whole
        assert "…" not in pane.title.text()
        assert "2023" in pane.meta.text() or side is Side.RIGHT  # the date stays beside it
        assert "…" not in pane.meta.text()
        assert pane.meta.geometry().right() <= pane.width()  # and inside the pane
    # Both texts start level: the headers keep room for two lines either way.
    heights = {window.view.panes[side].title.height() for side in Side}
    assert len(heights) == 1
    _close(window)


def test_a_headline_too_long_for_two_lines_is_cut_at_its_end_and_kept_whole_in_the_tooltip(
    qtbot, tmp_path: Path
) -> None:
    window = open_at(qtbot, (1280, 720), tmp_path, _titled(TOO_LONG, RIGHT_HEADLINE))
    qtbot.wait(50)
    title = window.view.panes[Side.LEFT].title
    lines = title.shown_lines()
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert TOO_LONG.startswith(lines[0])  # the first line is the headline's first words, whole
    assert TOO_LONG in title.toolTip()
    _close(window)


def test_words_wrap_onto_two_lines_and_the_rest_is_handed_back() -> None:
    def advance(text: str) -> int:
        return 10 * len(text)

    lines, rest = wrap_words("the river bursts its banks at dawn", advance, 120, 2)
    assert lines == ["the river", "bursts its"]
    assert rest == "banks at dawn"
    assert wrap_words("a short one", advance, 400, 2) == (["a short one"], "")
