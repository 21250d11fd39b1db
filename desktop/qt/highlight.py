"""Layers of formatted ranges merged into a pane.

The highlight records themselves (``Highlight``, ``highlights_for``, ``finding_at``) are Qt-free and
live in ``desktop.qt.highlight_spans`` (re-exported here). ``HighlightLayers``
follows Frescobaldi's arbitrary highlighter: named layers of (range, format) with a priority, merged
into ``setExtraSelections`` so the sentence tint, the findings, the current finding and the jump
flash never have to know about each other.
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

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several layer changes, one merge into the text edit at the end."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if self._held == 0 and self._stale:
                self._apply()

    def set_layer(
        self,
        name: str,
        priority: int,
        ranges: Iterable[tuple[int, int, QTextCharFormat]],
        *,
        clear_after_ms: int | None = None,
    ) -> None:
        kept = tuple(ranges)
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

    def _apply(self) -> None:
        if self._held:
            self._stale = True
            return
        self._stale = False
        selections: list[QTextEdit.ExtraSelection] = []
        for layer in sorted(self._layers.values(), key=lambda la: la.priority):
            selections.extend(layer.selections)
        self._edit.setExtraSelections(selections)
