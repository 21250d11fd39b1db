"""A wide screen (1920x1080, the table below the articles): a journalist who steps to the first
conflict reads why it is one and both articles' sentences in the review panel at once, with no
scrolling inside a three-line box; the articles give up one line of their 20 for it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.model import Report, Side
from tests.factories import LEFT_TEXT, RIGHT_TEXT, FakeCompare
from tests.factories import story_report as make_report
from tests.qt.test_laptop_screens import FILLER, _close, open_at, visible_lines

# At the wider leading of a tall window a quarter-height panel left the articles 20 lines; the
# panel's room for the reason and both sentences costs them one.
WIDE_MIN_LINES = 19
SERVICE = (
    "After eleven years with the contingent, weeks before he was due home to his family in the "
    "spring, and once the armoured car he rode in came under fire from a ridge above the "
    "mountain road, "
)


def _long_sentence(text: str, name: str) -> str:
    return text.replace(f"{name} died", SERVICE + f"{name} died")


class LongSentences(FakeCompare):
    """The story with the conflicting names in long sentences, in articles that fill a screen."""

    def __call__(self, left: Path, right: Path, **kwargs: Any) -> Report:
        super().__call__(left, right, **kwargs)
        tail = ("\n\n" + FILLER) * 14
        return make_report(
            _long_sentence(LEFT_TEXT, "Ivan Kovgan") + tail,
            _long_sentence(RIGHT_TEXT, "Ivan Petrov") + tail,
            left_source=str(left),
            right_source=str(right),
        )


def test_a_wide_screen_shows_a_conflicts_reason_and_both_long_sentences_without_scrolling(
    qtbot, tmp_path: Path
) -> None:
    window = open_at(qtbot, (1920, 1080), tmp_path, compare=LongSentences())
    window.grab().save(str(tmp_path / "window-1920x1080.png"))
    assert window.dockWidgetArea(window.dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    panel = window.dock.review
    shown = panel.context_text()
    assert SERVICE + "Ivan Kovgan died" in shown and SERVICE + "Ivan Petrov died" in shown
    assert panel.words.verticalScrollBar().maximum() == 0  # nothing below the fold
    for side in Side:
        assert visible_lines(window.view.text(side)) >= WIDE_MIN_LINES, side
    _close(window)


def test_the_side_panel_keeps_the_review_count_and_link_button_on_their_own_row(
    qtbot, tmp_path: Path
) -> None:
    window = open_at(qtbot, (1280, 720), tmp_path, compare=LongSentences())
    assert window.dockWidgetArea(window.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    panel = window.dock.review
    # Narrow: the status buttons fill their row, so the count and Remove Link sit below the note.
    below = panel.note.geometry().bottom()
    assert panel.counts.geometry().top() > below
    assert panel.remove_button.geometry().top() > below
    _close(window)
