"""Layers of formatted ranges merged into a pane.

The highlight records themselves (``Highlight``, ``highlights_for``, ``finding_at``) are Qt-free and
live in ``desktop.qt.highlight_spans`` (re-exported here). ``HighlightLayers``
follows Frescobaldi's arbitrary highlighter: named layers of (range, format) with a priority, merged
into ``setExtraSelections`` so the sentence tint, the findings, the current finding and the jump
flash never have to know about each other.

Stop 57: a long pair's finding layers are ~11,000 ranges, and building their cursors and handing
them to the edit was the largest part of the one UI-thread block that shows a comparison. A layer
set inside ``batch(sliced=True)`` while the pane is in a shown window keeps its ranges at once
(``layer()`` answers them) but builds its cursors ``SLICE_RANGES`` at a time from zero timers, and
the finished layers reach the edit in one merge; until then the pane shows the plain text and any
other layer (the current finding). ``flush()`` finishes the drawing at once; ``drawn`` says whether
it is done. A newer layer, a cleared one or a new text (``clear``) drops what was pending, so no
slice ever builds on a replaced document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from desktop.qt.highlight_spans import (
    SENTENCE_WORDS,
    Highlight,
    finding_at,
    highlights_for,
    is_sentence_like,
)

__all__ = [
    "SENTENCE_WORDS",
    "Highlight",
    "HighlightLayers",
    "finding_at",
    "highlights_for",
    "is_sentence_like",
]

# Ranges turned into cursors per event-loop turn when a layer is drawn in slices: about 12 ms of
# the UI thread each on a quiet machine (bench.ui_block's long pair: 13,800 cursors took 0.17 s in
# all under the profiler), so a click or a key waits no longer than a frame or so.
SLICE_RANGES = 1_000


@dataclass(frozen=True, slots=True)
class _Layer:
    priority: int
    ranges: tuple[tuple[int, int, QTextCharFormat], ...]
    # Built once when the layer is set: re-merging after another layer changed only concatenates
    # (stop 56: rebuilding every layer's cursors on each of a report's nine layer changes was a
    # third of a second of the UI thread on a long pair).
    selections: list[QTextEdit.ExtraSelection] = field(default_factory=list)


class HighlightLayers(QObject):
    """Named layers of formatted ranges on one text edit, merged by priority (higher paints
    later)."""

    def __init__(self, edit: QTextEdit, to_qt: Callable[[int], int] | None = None) -> None:
        super().__init__(edit)
        self._edit = edit
        # Ranges arrive as text offsets; the pane says how they map to Qt positions.
        self._to_qt = to_qt or (lambda offset: offset)
        self._layers: dict[str, _Layer] = {}
        self._timers: dict[str, QTimer] = {}
        self._held = 0  # inside batch(): merge once at its end
        self._stale = False
        self._sliced = False  # inside batch(sliced=True)
        # Layers whose cursors are still being built, in order, and how far the first one got.
        self._pending: list[str] = []
        # A repeating zero timer (Qt's idiom for work done between events), stopped when nothing
        # is left: a single-shot one restarted from its own timeout was seen to stall offscreen.
        self._slice_timer = QTimer(self)  # parented: it dies with the pane
        self._slice_timer.setInterval(0)
        self._slice_timer.timeout.connect(self._build_slice)

    @contextmanager
    def batch(self, *, sliced: bool = False) -> Iterator[None]:
        """Several layer changes, one merge into the text edit at the end. ``sliced``: a shown
        pane builds the layers' cursors in later event-loop turns (the module's docstring)."""
        self._held += 1
        was_sliced = self._sliced
        self._sliced = sliced and self._edit.window().isVisible()
        try:
            yield
        finally:
            self._held -= 1
            self._sliced = was_sliced
            if self._held == 0 and self._stale:
                self._apply()
            if self._pending and not self._slice_timer.isActive():
                self._slice_timer.start()

    @property
    def drawn(self) -> bool:
        """Every layer's ranges are in the text edit (nothing left to build in slices)."""
        return not self._pending

    def flush(self) -> None:
        """Build what is pending now (something is about to read or grab the edit)."""
        if self._pending:
            self._slice_timer.stop()
            while self._pending:
                self._build_slice(len(self._layers[self._pending[0]].ranges))

    def set_layer(
        self,
        name: str,
        priority: int,
        ranges: Iterable[tuple[int, int, QTextCharFormat]],
        *,
        clear_after_ms: int | None = None,
    ) -> None:
        kept = tuple(ranges)
        if name in self._pending:
            self._pending.remove(name)  # replaced: its old ranges are never built
        if self._sliced and kept:
            self._layers[name] = _Layer(priority, kept, [])
            self._pending.append(name)
            self._apply()  # its previous ranges leave the edit now; the new ones join when built
            return
        self._layers[name] = _Layer(priority, kept, self._selections(kept))
        timer = self._timers.pop(name, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        if clear_after_ms is not None:
            # A parented single-shot timer, so it dies with the pane and never fires on a dead one.
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self.clear_layer(name))
            timer.start(clear_after_ms)
            self._timers[name] = timer
        self._apply()

    def clear_layer(self, name: str) -> None:
        timer = self._timers.pop(name, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        if name in self._pending:
            self._pending.remove(name)
        if self._layers.pop(name, None) is not None:
            self._apply()

    def clear(self) -> None:
        with self.batch():
            for name in list(self._layers):
                self.clear_layer(name)

    def layer(self, name: str) -> tuple[tuple[int, int, QTextCharFormat], ...]:
        layer = self._layers.get(name)
        return () if layer is None else layer.ranges

    def _selections(
        self, ranges: tuple[tuple[int, int, QTextCharFormat], ...]
    ) -> list[QTextEdit.ExtraSelection]:
        document = self._edit.document()
        limit = max(0, document.characterCount() - 1)
        to_qt = self._to_qt
        out = []
        for start, end, fmt in ranges:
            cursor = QTextCursor(document)
            cursor.setPosition(min(to_qt(start), limit))
            cursor.setPosition(min(to_qt(end), limit), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            out.append(selection)
        return out

    def _build_slice(self, count: int = SLICE_RANGES) -> None:
        """Build up to ``count`` cursors of the first pending layer; merge when none is left."""
        if not self._pending:
            self._slice_timer.stop()
            return
        layer = self._layers[self._pending[0]]
        done = len(layer.selections)
        layer.selections.extend(self._selections(layer.ranges[done : done + count]))
        if len(layer.selections) >= len(layer.ranges):
            self._pending.pop(0)
        if not self._pending:
            self._slice_timer.stop()
            self._apply()

    def _apply(self) -> None:
        if self._held:
            self._stale = True
            return
        self._stale = False
        selections: list[QTextEdit.ExtraSelection] = []
        for name, layer in sorted(self._layers.items(), key=lambda item: item[1].priority):
            if name not in self._pending:  # a layer still being built joins when it is done
                selections.extend(layer.selections)
        self._edit.setExtraSelections(selections)
