"""What to paint where: report findings as per-side highlight records, and layers merged into a
pane.

``highlights_for`` and ``finding_at`` are pure (testable without a widget). ``HighlightLayers``
follows Frescobaldi's arbitrary highlighter: named layers of (range, format) with a priority, merged
into ``setExtraSelections`` so the sentence tint, the findings, the current finding and the jump
flash never have to know about each other.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from desktop.core.model import FindingKind, MentionType, Report, ReviewStatus, Side
from desktop.core.results.trust import is_to_check


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    kind: FindingKind
    type: MentionType
    finding_id: str
    status: ReviewStatus = ReviewStatus.OPEN
    to_check: bool = False  # a conflict the engine is less sure of: drawn apart from a sure one

    @property
    def statement(self) -> bool:
        return self.type is MentionType.STATEMENT


SENTENCE_WORDS = 4  # a statement span this long reads as a sentence; shorter ones are details


def is_sentence_like(text: str) -> bool:
    """Statement findings hold whole sentences or single details ("issued", "unfortunate");
    tinting every such word would drown the entities, so only sentences get the tint."""
    return len(text.split()) >= SENTENCE_WORDS


def highlights_for(report: Report, side: Side) -> list[Highlight]:
    """Every span the report marks on one side, sorted by position (sentences first on ties)."""
    length = len(report.document(side).document.text)
    out = [
        Highlight(
            max(0, span.start),
            min(length, span.end),
            finding.kind,
            finding.type,
            finding.id,
            finding.status,
            is_to_check(finding),
        )
        for finding in report.findings
        for span in finding.spans(side)
        if span.end > span.start
    ]
    out.sort(key=lambda h: (h.start, not h.statement, -h.end))
    return out


def finding_at(highlights: Sequence[Highlight], offset: int) -> Highlight | None:
    """The highlight under a character offset: an entity-level one wins over its sentence tint,
    and among entities the shortest (most specific) wins."""
    # highlights are sorted by start, so only those starting at or before offset can contain it.
    upto = bisect_right([h.start for h in highlights], offset)
    hits = [h for h in highlights[:upto] if h.start <= offset < h.end]
    if not hits:
        return None
    return min(hits, key=lambda h: (h.statement, h.end - h.start))


@dataclass(frozen=True, slots=True)
class _Layer:
    priority: int
    ranges: tuple[tuple[int, int, QTextCharFormat], ...]


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

    def set_layer(
        self,
        name: str,
        priority: int,
        ranges: Iterable[tuple[int, int, QTextCharFormat]],
        *,
        clear_after_ms: int | None = None,
    ) -> None:
        self._layers[name] = _Layer(priority, tuple(ranges))
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
        for name in list(self._layers):
            self.clear_layer(name)

    def layer(self, name: str) -> tuple[tuple[int, int, QTextCharFormat], ...]:
        layer = self._layers.get(name)
        return () if layer is None else layer.ranges

    def _apply(self) -> None:
        document = self._edit.document()
        limit = max(0, document.characterCount() - 1)
        selections = []
        for layer in sorted(self._layers.values(), key=lambda la: la.priority):
            for start, end, fmt in layer.ranges:
                cursor = QTextCursor(document)
                cursor.setPosition(min(self._to_qt(start), limit))
                cursor.setPosition(min(self._to_qt(end), limit), QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        self._edit.setExtraSelections(selections)
