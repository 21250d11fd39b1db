"""A long article handed to the window arrives laid out whole, with its reading leading.

Stop 58 (handover58): the panes put the text and its line height into the document in one edit
block, so Qt lays it out once instead of twice. These stories check that nothing the reader sees
changed: every paragraph has the leading, and at once (before the event loop runs again) the
scroll bar ends where the text ends and the visible stretch reads top to bottom.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat

from desktop.core.model import Side, TextRange
from desktop.qt.article_text import LINE_HEIGHT_PERCENT
from desktop.qt.main_window import MainWindow
from desktop.qt.pane_geometry import PaneGeometry
from tests.factories import LEFT_TEXT, RIGHT_TEXT, finding_of, story_report

# Background paragraphs, so the story's sentences sit many screens down.
FILLER = "".join(
    f"Paragraph {n} tells of the harbour works and the ferry timetable.\n\n" for n in range(200)
)


def test_every_paragraph_of_a_long_article_has_the_reading_leading(window: MainWindow) -> None:
    window.view.set_report(story_report(FILLER + LEFT_TEXT, FILLER + RIGHT_TEXT))
    for side in Side:
        text = window.view.text(side)
        assert text.line_height() <= LINE_HEIGHT_PERCENT  # tighter on a laptop-sized window
        block = text.document().begin()
        while block.isValid():
            fmt = block.blockFormat()
            assert fmt.lineHeight() == text.line_height()
            assert fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            block = block.next()


def test_the_scroll_bar_ends_where_a_new_article_ends_at_once(window: MainWindow) -> None:
    """Read before the event loop turns: a half-laid-out document would give the scroll bar a
    wrong end and the link map a visible stretch that runs backwards."""
    window.view.set_report(story_report(LEFT_TEXT, RIGHT_TEXT))
    window.view.set_report(story_report(FILLER + LEFT_TEXT, FILLER + RIGHT_TEXT))
    for side in Side:
        text = window.view.text(side)
        bar = text.verticalScrollBar()
        height = text.document().documentLayout().documentSize().height()
        # Qt rounds the document's height up or down by a pixel; a stale size is screens off.
        assert abs(bar.maximum() - (height - text.viewport().height())) <= 1
        first, last = text.visible_range()
        assert 0 <= first <= last


def test_a_conflict_far_down_a_new_article_is_brought_on_screen(window: MainWindow) -> None:
    made = story_report(FILLER + LEFT_TEXT, FILLER + RIGHT_TEXT)
    window.view.set_report(made)
    conflict = finding_of(made, "f00")  # Kovgan / Petrov
    window.view.show_finding(conflict.id)
    for side in Side:
        first, last = window.view.text(side).visible_range()
        assert first <= conflict.spans(side)[0].start <= last


class _HalfLaidOut:
    """A pane caught mid-relayout: its top corner hits text below its bottom corner's."""

    def visible_range(self) -> tuple[int, int]:
        return 3_123, 877


def test_the_link_map_reads_a_forward_stretch_while_a_pane_is_relaid_out(
    window: MainWindow,
) -> None:
    texts = {Side.LEFT: _HalfLaidOut(), Side.RIGHT: window.view.text(Side.RIGHT)}
    left, _right = PaneGeometry(texts, window.view.link_map).visible_ranges()  # type: ignore[arg-type]
    assert left == TextRange(877, 3_124)
