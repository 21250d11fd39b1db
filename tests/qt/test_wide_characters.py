"""Articles with emoji and other characters outside the Basic Multilingual Plane."""

from __future__ import annotations

from desktop.core.model import Side
from desktop.qt.comparison_view import ComparisonView
from desktop.qt.offsets import OffsetMap
from tests.factories import LEFT_TEXT, RIGHT_TEXT, story_report
from tests.qt.qt_helpers import selections_on


def test_offsets_map_both_ways_around_wide_characters() -> None:
    text = "a😀b😀😀c"
    offsets = OffsetMap(text)
    for index in range(len(text) + 1):
        utf16 = len(text[:index].encode("utf-16-le")) // 2
        assert offsets.to_qt(index) == utf16
        assert offsets.to_py(utf16) == index


def test_a_headline_with_emoji_still_highlights_the_right_words(qtbot) -> None:
    # Two emoji before every name shift Qt's positions by four units from the report's offsets.
    left = "🔴🔴 LIVE " + LEFT_TEXT
    right = "🔴 " + RIGHT_TEXT
    view = ComparisonView()
    qtbot.addWidget(view)
    view.set_report(story_report(left, right))
    assert selections_on(view.text(Side.LEFT), "Ivan Kovgan")
    assert selections_on(view.text(Side.RIGHT), "Ivan Petrov")
    pane = view.text(Side.LEFT)
    start = left.index("Kovgan")
    pane.select_range(start, start + len("Kovgan"))
    assert pane.selected_range() == (start, start + len("Kovgan"))
    span = view.selected_span(Side.LEFT)
    assert span is not None and span.text == "Kovgan"
