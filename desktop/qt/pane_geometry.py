"""Where the panes' text sits on screen, for the link map between them: a range's top and bottom
in the link map's coordinates, the top of the text, and the stretch of each article in view.

Split out of ``comparison_view`` (handover58) so the view keeps room under the 500-line limit.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from desktop.core.model import Side, TextRange
from desktop.qt.article_text import ArticleText


class PaneGeometry:
    """Answers the link map's geometry questions from the two panes' text edits."""

    def __init__(self, texts: Mapping[Side, ArticleText], link_map: QWidget) -> None:
        self._texts = texts
        self._link_map = link_map

    def _shift(self, text: ArticleText) -> int:
        """How far below the link map's top the pane's viewport starts."""
        return self._link_map.mapFromGlobal(text.viewport().mapToGlobal(QPoint(0, 0))).y()

    def span_y(self, side: Side, span: TextRange) -> tuple[float, float]:
        text = self._texts[side]
        shift = self._shift(text)
        top = text.offset_top(span.start)
        bottom = text.offset_bottom(max(span.start, span.end - 1))
        return top + shift, bottom + shift

    def visible_ranges(self) -> tuple[TextRange, TextRange]:
        ranges = []
        for side in Side:
            first, last = self._texts[side].visible_range()
            # While Qt re-lays a long text out lazily (a new width), the two corners' hit tests
            # can meet blocks of the old and the new layout and come back in the wrong order
            # (seen once in ten bench.ui_block runs, handover58): a paint must not raise, and
            # the next one reads the finished layout.
            first, last = min(first, last), max(first, last)
            ranges.append(TextRange(first, last + 1))
        return ranges[0], ranges[1]

    def text_top(self) -> float:
        return float(max(self._shift(self._texts[s]) for s in Side))
