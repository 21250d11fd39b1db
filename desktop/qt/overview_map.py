"""A narrow strip beside a pane marking where conflicts and one-sided facts lie (Meld's chunk map),
over a quiet backdrop where the article reprints the other's copy.

The strip is a dumb painter: ``marks_for`` turns highlights into [0, 1] document fractions (pure),
the widget paints them plus the visible region, and a click or drag asks the pane to scroll there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.model import FindingKind
from desktop.qt.highlight import Highlight
from desktop.qt.palette import Theme

# What the strip shows: the things worth jumping to. Agreements would paint most of the strip and
# hide the few marks that matter.
SHOWN_KINDS = (FindingKind.CONFLICT, FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
CHECK_MARK_HEIGHT = 7.0  # px: the least height of a conflict to check's hollow mark


@dataclass(frozen=True, slots=True)
class Mark:
    top: float  # 0..1 of the document height
    bottom: float
    kind: FindingKind
    to_check: bool = False  # a conflict the engine is less sure of: drawn hollow


def marks_for(highlights: Sequence[Highlight], to_fraction: Callable[[int], float]) -> list[Mark]:
    """Entity-level conflicts and one-sided facts as document fractions; conflicts last so they
    are painted on top, the sure ones over those to check."""
    marks = [
        Mark(to_fraction(h.start), to_fraction(h.end), h.kind, h.to_check)
        for h in highlights
        if h.kind in SHOWN_KINDS and not h.statement
    ]
    marks.sort(key=lambda m: (m.kind is FindingKind.CONFLICT, not m.to_check, m.top))
    return marks


class OverviewMap(QWidget):
    jumpRequested = Signal(float)  # 0..1 fraction of the document to bring into view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: list[Mark] = []
        self._shared: list[tuple[float, float]] = []  # (top, bottom) fractions of agency copy
        self._visible = (0.0, 1.0)
        self._theme = Theme.current()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            "Overview: conflicts and facts only one article has; a green backdrop where both "
            "articles print the same copy. Click to jump."
        )

    def sizeHint(self) -> QSize:
        return QSize(14, 100)

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = marks
        self.update()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_shared(self, passages: list[tuple[float, float]]) -> None:
        """The shared passages as (top, bottom) document fractions, painted under the marks."""
        self._shared = passages
        self.update()

    def shared(self) -> list[tuple[float, float]]:
        return list(self._shared)

    def set_visible_region(self, top: float, bottom: float) -> None:
        self._visible = (top, bottom)
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect())
        palette = self.palette()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        height = rect.height()
        top, bottom = self._visible
        view = QColor(palette.color(QPalette.ColorRole.Text))
        view.setAlpha(28)
        painter.fillRect(QRectF(0, top * height, rect.width(), (bottom - top) * height), view)
        backdrop = self._theme.shared_band()
        for shared_top, shared_bottom in self._shared:
            h = max(2.0, (shared_bottom - shared_top) * height)
            painter.fillRect(QRectF(0, shared_top * height, rect.width(), h), backdrop)
        for mark in self._marks:
            y = mark.top * height
            h = max(3.0, (mark.bottom - mark.top) * height)
            colour = self._theme.strong(mark.kind)
            # Conflicts span the full width, one-sided facts are inset: shape as well as colour.
            inset = 1.0 if mark.kind is FindingKind.CONFLICT else 4.0
            box = QRectF(inset, y, rect.width() - 2 * inset, h)
            if mark.to_check:
                # Hollow: a conflict to check is an outline, a sure one a solid bar. Tall enough
                # that the hollow shows: a 3 px outline reads as a solid bar.
                box.setHeight(max(CHECK_MARK_HEIGHT, h))
                painter.setPen(QPen(colour, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box.adjusted(0.75, 0.75, -0.75, -0.75))
            else:
                painter.fillRect(box, colour)
        edge = QColor(palette.color(QPalette.ColorRole.Mid))
        painter.setPen(edge)
        painter.drawLine(0, 0, 0, self.height())
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._jump(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event.position().y())

    def _jump(self, y: float) -> None:
        if self.height() > 0:
            self.jumpRequested.emit(min(1.0, max(0.0, y / self.height())))
