"""A drawn time axis above the timeline list: the left article's moments above the line, the right's
below, in the verdict colours (both: corroborated, one: only in one, a moment a conflict finding
holds: conflict). Only moments with a calendar day are drawn, at the precision the text gives: a
time of day sits inside its day, a month is a bracket over the month; weekdays and "hours later"
stay in the list. Clicking a mark selects its row.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.core.datetimes.when_text import entry_when
from desktop.core.model import FindingKind, TimelineEntry
from desktop.qt.palette import Theme

AXIS_HEIGHT = 62  # marks above and below the line, and one line of date labels
MARGIN = 28  # pixels left and right: room for the side letters and the end labels
MARK_RADIUS = 4
HIT_RADIUS = 7  # a click this close to a mark selects it
MIN_LABEL_GAP = 8  # pixels between two date labels; a label that would crowd one is left out


@dataclass(frozen=True, slots=True)
class Placed:
    """One entry on the axis: its row index and the span of days it covers (fractional)."""

    index: int
    start: float
    end: float


def place(entries: tuple[TimelineEntry, ...]) -> list[Placed]:
    """The entries a calendar can place, as day numbers (a time of day as a fraction of it)."""
    placed = []
    for index, entry in enumerate(entries):
        when = entry.when
        try:
            if len(when) >= 10 and when[4] == "-" and when[7] == "-":
                day = date.fromisoformat(when[:10]).toordinal()
                hour = int(when[11:13]) / 24 + int(when[14:16]) / 1440 if len(when) >= 16 else 0.5
                placed.append(Placed(index, day + hour, day + hour))
            elif len(when) == 7 and when[4] == "-":
                year, month = int(when[:4]), int(when[5:7])
                first = date(year, month, 1).toordinal()
                days = calendar.monthrange(year, month)[1]
                placed.append(Placed(index, first, first + days))
        except ValueError:
            continue  # not a date the calendar knows: the list shows it as written
    return placed


class TimelineAxis(QWidget):
    entryClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineAxis")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.entries: tuple[TimelineEntry, ...] = ()
        self.placed: list[Placed] = []
        self.current: int | None = None
        self.clashes: frozenset[int] = frozenset()
        self._theme = Theme.current()

    def set_entries(
        self,
        entries: tuple[TimelineEntry, ...],
        current: int | None,
        *,
        clashes: frozenset[int] = frozenset(),
    ) -> None:
        """The moments to draw; ``clashes``: the rows a conflict finding holds."""
        self.entries = entries
        self.clashes = clashes
        self.placed = place(entries)
        self.current = current
        # One moment needs no axis; the list says it all.
        self.setVisible(len({(p.start, p.end) for p in self.placed}) >= 2)
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, AXIS_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, AXIS_HEIGHT)

    def _span(self) -> tuple[float, float]:
        lo = min(p.start for p in self.placed)
        hi = max(p.end for p in self.placed)
        pad = max(0.5, (hi - lo) * 0.04)
        return lo - pad, hi + pad

    def x_of(self, day: float) -> float:
        lo, hi = self._span()
        return MARGIN + (day - lo) / (hi - lo) * max(1, self.width() - 2 * MARGIN)

    def mark_points(self) -> list[tuple[int, QPointF]]:
        """(entry index, centre) of every mark drawn: one per side that dates the moment."""
        middle = self._line_y()
        points = []
        for p in self.placed:
            entry = self.entries[p.index]
            x = self.x_of((p.start + p.end) / 2)
            if entry.left:
                points.append((p.index, QPointF(x, middle - 10)))
            if entry.right:
                points.append((p.index, QPointF(x, middle + 10)))
        return points

    def _line_y(self) -> float:
        return 24.0

    def _colour(self, index: int) -> QColor:
        entry = self.entries[index]
        if index in self.clashes:
            return self._theme.strong(FindingKind.CONFLICT)
        if entry.left and entry.right:
            return self._theme.strong(FindingKind.AGREE)
        return self._theme.strong(FindingKind.LEFT_ONLY)

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self.placed) < 1:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        middle = self._line_y()
        painter.setPen(QPen(quiet, 1))
        painter.drawLine(QPointF(MARGIN, middle), QPointF(self.width() - MARGIN, middle))
        font = painter.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        painter.drawText(QRectF(0, middle - 18, MARGIN - 6, 14), Qt.AlignmentFlag.AlignRight, "L")
        painter.drawText(QRectF(0, middle + 4, MARGIN - 6, 14), Qt.AlignmentFlag.AlignRight, "R")
        for p in self.placed:  # a month: a bracket over its days
            if p.end - p.start > 1:
                colour = self._colour(p.index)
                painter.setPen(QPen(colour, 3))
                painter.drawLine(
                    QPointF(self.x_of(p.start), middle), QPointF(self.x_of(p.end), middle)
                )
        for index, point in self.mark_points():
            colour = self._colour(index)
            painter.setPen(QPen(colour, 1.5))
            painter.drawLine(QPointF(point.x(), middle), point)
            painter.setBrush(colour)
            radius = MARK_RADIUS + (2 if index == self.current else 0)
            painter.setPen(QPen(ink if index == self.current else colour, 1.5))
            painter.drawEllipse(point, radius, radius)
        self._paint_labels(painter, QFontMetrics(font), quiet, middle)
        painter.end()

    def _paint_labels(
        self, painter: QPainter, metrics: QFontMetrics, colour: QColor, middle: float
    ) -> None:
        painter.setPen(colour)
        taken: list[tuple[float, float]] = []
        # The selected moment's label first, then earliest to latest, skipping any that crowd.
        order = sorted(self.placed, key=lambda p: (p.index != self.current, p.start))
        for p in order:
            text = entry_when(self.entries[p.index]).split(",")[0]
            width = metrics.horizontalAdvance(text)
            x = self.x_of((p.start + p.end) / 2) - width / 2
            x = max(2.0, min(self.width() - width - 2.0, x))
            if any(x < b + MIN_LABEL_GAP and a < x + width + MIN_LABEL_GAP for a, b in taken):
                continue
            taken.append((x, x + width))
            painter.drawText(QPointF(x, middle + 24 + metrics.ascent()), text)

    def entry_at(self, pos: QPointF) -> int | None:
        hits = [
            (abs(point.x() - pos.x()) + abs(point.y() - pos.y()), index)
            for index, point in self.mark_points()
            if abs(point.x() - pos.x()) <= HIT_RADIUS and abs(point.y() - pos.y()) <= HIT_RADIUS
        ]
        return min(hits)[1] if hits else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.entry_at(event.position())
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if index is not None else Qt.CursorShape.ArrowCursor
        )
        if index is not None:
            entry = self.entries[index]
            QToolTip.showText(
                event.globalPosition().toPoint(), f"{entry_when(entry)}: {entry.label}", self
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.entry_at(event.position())
        if event.button() is Qt.MouseButton.LeftButton and index is not None:
            self.entryClicked.emit(index)
