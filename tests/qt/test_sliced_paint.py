"""Showing a comparison without freezing the window: the highlights are drawn in slices.

Stop 57: a shown window puts the plain text in the panes at once and builds the finding layers'
cursors from the event loop afterwards (``HighlightLayers.batch(sliced=True)``). These stories
check that the drawing ends complete, that a newer comparison replaces a pending one, and that
the reader can pick a finding before the drawing is done.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from desktop.core.model import Report, Side
from desktop.qt.highlight import SLICE_RANGES, HighlightLayers
from desktop.qt.main_window import MainWindow
from desktop.qt.prepared import FINDING_LAYERS
from tests.factories import LEFT_TEXT, RIGHT_TEXT, finding_of, story_report
from tests.qt.qt_helpers import wait_drawn

Drawn = set[tuple[int, int]]

# Background paragraphs before the story, so its sentences sit far below the first screen.
FILLER = "".join(
    f"Paragraph {n} tells of the harbour works and the ferry timetable.\n\n" for n in range(150)
)


def _in_edit(window: MainWindow, side: Side) -> Drawn:
    """What the pane's text edit draws (the finding layers and any other)."""
    edit = window.view.text(side)
    return {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in edit.extraSelections()}


def _wanted(window: MainWindow, side: Side) -> Drawn:
    """Every range of the pane's finding layers (the ranges are kept at once, drawn or not)."""
    layers = window.view.text(side).layers
    return {(start, end) for name, _p in FINDING_LAYERS for start, end, _f in layers.layer(name)}


def _spans_of(made: Report, side: Side) -> Drawn:
    return {(s.start, s.end) for f in made.findings for s in f.spans(side)}


def test_the_sample_pair_is_shown_first_and_every_highlight_is_in_place_after(
    qtbot, window: MainWindow
) -> None:
    made = story_report()
    window.view.set_report(made)
    assert not window.view.drawn  # the plain text is shown; the highlights come next
    wait_drawn(qtbot, window.view)
    for side in Side:
        wanted = _wanted(window, side)
        assert wanted, "the story marks something on each side"
        assert wanted <= _in_edit(window, side)
        assert _spans_of(made, side) <= _in_edit(window, side)


def test_a_second_comparison_dropped_while_the_first_is_drawing_shows_only_its_own(
    qtbot, window: MainWindow
) -> None:
    first = story_report()
    second = story_report(FILLER + LEFT_TEXT, FILLER + RIGHT_TEXT)
    window.view.set_report(first)
    assert not window.view.drawn
    window.view.set_report(second)
    wait_drawn(qtbot, window.view)
    for side in Side:
        shown = _in_edit(window, side)
        assert _spans_of(second, side) <= shown
        # The first pair's ranges fall in the second's filler: none of them is drawn.
        assert not (_spans_of(first, side) - _spans_of(second, side)) & shown


def test_selecting_a_finding_while_drawing_still_scrolls_to_it(qtbot, window: MainWindow) -> None:
    made = story_report(FILLER + LEFT_TEXT, FILLER + RIGHT_TEXT)
    window.view.set_report(made)
    assert not window.view.drawn
    conflict = finding_of(made, "f00")  # Kovgan / Petrov
    window.view.show_finding(conflict.id)
    for side in Side:
        text = window.view.text(side)
        start = conflict.spans(side)[0].start
        first, last = text.visible_range()
        assert first <= start <= last, "the conflict is on screen at once"
    wait_drawn(qtbot, window.view)
    for side in Side:
        assert _spans_of(made, side) <= _in_edit(window, side)


def test_long_layers_are_built_a_slice_at_a_time_and_end_drawn_or_flushed_whole(qtbot) -> None:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    words = "word " * (SLICE_RANGES * 2 + 10)
    edit.setPlainText(words)
    layers = HighlightLayers(edit)
    fmt = QTextCharFormat()
    ranges = [(5 * n, 5 * n + 4, fmt) for n in range(SLICE_RANGES * 2 + 10)]
    with layers.batch(sliced=True):
        layers.set_layer("words", 0, ranges)
    assert not layers.drawn
    assert edit.extraSelections() == []
    assert len(layers.layer("words")) == len(ranges)  # the ranges are known before they are drawn
    layers.flush()
    assert layers.drawn
    assert len(edit.extraSelections()) == len(ranges)
    # Left to the event loop, three layers of several slices each end drawn too.
    with layers.batch(sliced=True):
        for name in ("first", "second", "third"):
            layers.set_layer(name, 1, ranges)
    assert not layers.drawn
    qtbot.waitUntil(lambda: layers.drawn, timeout=5_000)
    assert len(edit.extraSelections()) == 4 * len(ranges)
