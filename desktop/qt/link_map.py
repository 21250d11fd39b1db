"""The band between the panes joining aligned sentences, like Meld's link map.

``pair_kinds`` (which verdict colours each aligned pair), ``bands_for`` (where each band goes for
the current scroll positions) and ``band_at`` (which band a click lands on) are pure; ``LinkMap``
only paints what ``bands_for`` returns and reports clicks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.model import (
    AlignedPair,
    Finding,
    FindingKind,
    Report,
    SharedPassage,
    TextRange,
)
from desktop.core.results.trust import is_to_check
from desktop.qt.link_kinds import pair_kinds
from desktop.qt.palette import Theme

__all__ = ["LinkMap", "bands_for", "conflict_link_checks", "conflict_links", "pair_kinds"]

SpanY = Callable[[TextRange], tuple[float, float]]  # range -> (top, bottom) in link-map coordinates

STUB_SHARE = 0.3  # of the map's width: how far a band with one end off-screen reaches in
# A click this close (pixels) above or below a thin band still hits it: a one-line band is about
# as tall as a line of text, a small target for a laptop's touchpad.
CLICK_SLACK = 3.0


@dataclass(frozen=True, slots=True)
class Band:
    index: int  # into report.alignment
    left_top: float
    left_bottom: float
    right_top: float
    right_bottom: float
    kind: FindingKind | None  # CONFLICT if the pair holds one, AGREE if it holds agreements only
    score: float
    left_visible: bool = True
    right_visible: bool = True

    @property
    def stub(self) -> bool:
        """One end is off-screen: draw a short stub on the visible side instead of a long band
        across the map (Meld does the same), which would bury the bands that can be followed."""
        return not (self.left_visible and self.right_visible)


def conflict_links(report: Report) -> list[AlignedPair]:
    """Each entity-level conflict as a link between its first span on each side: the sentences
    holding them are often not aligned (the articles tell the story differently), yet the reader
    should see at a glance that "Ivan Kovgan" on the left is contradicted by "Ivan Petrov" there."""
    return [AlignedPair(f.left[0].range, f.right[0].range, 1.0) for f in _linked_conflicts(report)]


def conflict_link_checks(report: Report) -> list[bool]:
    """For each link of ``conflict_links``, in its order: is it a conflict to check? Drawn
    dotted and thinner than a sure conflict's dashed link."""
    return [is_to_check(f) for f in _linked_conflicts(report)]


def _linked_conflicts(report: Report) -> list[Finding]:
    """The conflicts the map links: entity-level, with a span on each side."""
    return [
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and not f.is_statement and f.left and f.right
    ]


def shared_pairs(pairs: Sequence[AlignedPair], passages: Sequence[SharedPassage]) -> set[int]:
    """Indices of the aligned pairs that lie in a passage both articles reprint (on both sides):
    their agreement is one source printed twice, so their band takes the shared colour."""
    return {
        index
        for index, pair in enumerate(pairs)
        for passage in passages
        if pair.left.overlaps(passage.left) and pair.right.overlaps(passage.right)
    }


def bands_for(
    pairs: Sequence[AlignedPair],
    kinds: Sequence[FindingKind | None],
    left_y: SpanY,
    right_y: SpanY,
    height: float,
    visible: tuple[TextRange, TextRange] | None = None,
) -> list[Band]:
    """Bands for the pairs with at least one end on screen (0..height); the others are culled.

    ``visible`` (the character ranges each pane shows) lets a long document skip the layout
    queries for pairs that cannot be on screen."""
    bands = []
    for index, pair in enumerate(pairs):
        if visible is not None and not (
            pair.left.overlaps(visible[0]) or pair.right.overlaps(visible[1])
        ):
            continue
        lt, lb = left_y(pair.left)
        rt, rb = right_y(pair.right)
        left_visible = lb >= 0 and lt <= height
        right_visible = rb >= 0 and rt <= height
        if not (left_visible or right_visible):
            continue
        kind = kinds[index] if index < len(kinds) else None
        bands.append(Band(index, lt, lb, rt, rb, kind, pair.score, left_visible, right_visible))
    return bands


def _ease(s: float) -> float:
    """The band edges are cubics with control points at mid-width (as painted): y moves along
    3s² - 2s³ of the way from the left end to the right end."""
    return s * s * (3 - 2 * s)


def _param_at(x: float, width: float) -> float:
    """The curve parameter where the painted cubic reaches ``x`` (its x is monotonic in s)."""
    lo, hi = 0.0, 1.0
    for _ in range(30):
        s = (lo + hi) / 2
        curve_x = width * (1.5 * s * (1 - s) + s**3)
        if curve_x < x:
            lo = s
        else:
            hi = s
    return (lo + hi) / 2


def band_at(bands: Sequence[Band], x: float, y: float, width: float) -> Band | None:
    """The band under the point (x, y) of a map ``width`` wide, the thinnest when bands overlap
    there; None when the point is between bands."""
    hits: list[tuple[float, Band]] = []
    ease = _ease(_param_at(max(0.0, min(width, x)), width)) if width > 0 else 0.0
    for band in bands:
        if band.stub:
            reach = width * STUB_SHARE
            if band.left_visible:
                top, bottom, inside = band.left_top, band.left_bottom, x <= reach
            else:
                top, bottom, inside = band.right_top, band.right_bottom, x >= width - reach
            if not inside:
                continue
        else:
            top = band.left_top + (band.right_top - band.left_top) * ease
            bottom = band.left_bottom + (band.right_bottom - band.left_bottom) * ease
        if top - CLICK_SLACK <= y <= bottom + CLICK_SLACK:
            hits.append((bottom - top, band))
    return min(hits, key=lambda hit: hit[0])[1] if hits else None


class LinkMap(QWidget):
    """Paints ``bands_for`` between two panes; the owner supplies the geometry callables. A click
    on a band asks the owner to bring that pair into view (``pairClicked``)."""

    pairClicked = Signal(int)  # index into report.alignment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pairs: Sequence[AlignedPair] = ()
        self._kinds: Sequence[FindingKind | None] = ()
        self._links: Sequence[AlignedPair] = ()
        self._link_checks: Sequence[bool] = ()  # per link: a conflict to check
        self._shared: Sequence[SharedPassage] = ()
        self._shared_pairs: set[int] = set()
        self._left_y: SpanY | None = None
        self._right_y: SpanY | None = None
        self._clip_top: Callable[[], float] = lambda: 0.0
        self._visible: Callable[[], tuple[TextRange, TextRange] | None] = lambda: None
        self._theme = Theme.current()
        self.current: int | None = None  # index of the pair holding the current finding
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setToolTip(
            "Matched passages: bands join sentences that tell the same thing. "
            "Click a band to bring both sentences level. Green bands join the same agency "
            "copy printed in both."
        )

    def sizeHint(self) -> QSize:
        return QSize(56, 100)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 40)

    def set_geometry_source(
        self,
        left_y: SpanY,
        right_y: SpanY,
        clip_top: Callable[[], float],
        visible: Callable[[], tuple[TextRange, TextRange] | None] = lambda: None,
    ) -> None:
        self._left_y, self._right_y, self._clip_top = left_y, right_y, clip_top
        self._visible = visible
        self.update()

    def set_pairs(
        self,
        pairs: Sequence[AlignedPair],
        kinds: Sequence[FindingKind | None],
        links: Sequence[AlignedPair] = (),
        checks: Sequence[bool] = (),
    ) -> None:
        self._pairs, self._kinds, self._links = pairs, kinds, links
        self._link_checks = checks
        self._shared_pairs = shared_pairs(pairs, self._shared)
        self.current = None
        self.update()

    def set_shared(self, passages: Sequence[SharedPassage]) -> None:
        """The passages both articles reprint: a wide band of their own colour behind the
        sentence bands, whose agreements inside them turn that colour too."""
        self._shared = tuple(passages)
        self._shared_pairs = shared_pairs(self._pairs, self._shared)
        self.update()

    def shared_bands(self) -> list[Band]:
        """The shared passages with an end on screen, as bands (for painting and tests)."""
        if self._left_y is None or self._right_y is None or not self._shared:
            return []
        pairs = [AlignedPair(p.left, p.right, 1.0) for p in self._shared]
        return bands_for(
            pairs, [None] * len(pairs), self._left_y, self._right_y, self.height(), self._visible()
        )

    def band_colour(self, band: Band) -> QColor:
        """A conflict keeps its colour; an agreement (or a plain match) inside shared copy
        takes the shared colour: it confirms nothing independently."""
        if band.kind is not FindingKind.CONFLICT and band.index in self._shared_pairs:
            return self._theme.shared()
        return self._theme.link() if band.kind is None else self._theme.strong(band.kind)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def bands(self) -> list[Band]:
        if self._left_y is None or self._right_y is None:
            return []
        return bands_for(
            self._pairs, self._kinds, self._left_y, self._right_y, self.height(), self._visible()
        )

    def band_at(self, pos: QPointF) -> Band | None:
        if pos.y() < self._clip_top():
            return None  # the strip beside the pane headers shows no bands
        return band_at(self.bands(), pos.x(), pos.y(), float(self.width()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        hit = self.band_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.band_at(event.position())
        if hit is not None:
            self.pairClicked.emit(hit.index)

    @staticmethod
    def _stub(band: Band, width: float) -> QPainterPath:
        length = width * STUB_SHARE
        path = QPainterPath()
        if band.left_visible:
            rect = QRectF(-length, band.left_top, 2 * length, band.left_bottom - band.left_top)
        else:
            rect = QRectF(
                width - length, band.right_top, 2 * length, band.right_bottom - band.right_top
            )
        path.addRoundedRect(rect, 4, 4)
        return path

    @classmethod
    def _band_path(cls, band: Band, width: float) -> QPainterPath:
        if band.stub:
            return cls._stub(band, width)
        mid = width / 2
        path = QPainterPath(QPointF(0, band.left_top))
        path.cubicTo(
            QPointF(mid, band.left_top),
            QPointF(mid, band.right_top),
            QPointF(width, band.right_top),
        )
        path.lineTo(QPointF(width, band.right_bottom))
        path.cubicTo(
            QPointF(mid, band.right_bottom),
            QPointF(mid, band.left_bottom),
            QPointF(0, band.left_bottom),
        )
        path.closeSubpath()
        return path

    def links(self) -> list[Band]:
        """Conflict links with both ends on screen (a link to nowhere would only confuse)."""
        if self._left_y is None or self._right_y is None:
            return []
        kinds = [FindingKind.CONFLICT] * len(self._links)
        bands = bands_for(
            self._links, kinds, self._left_y, self._right_y, self.height(), self._visible()
        )
        return [b for b in bands if not b.stub]

    def link_to_check(self, link: Band) -> bool:
        """Whether a band of ``links()`` joins a conflict to check."""
        return link.index < len(self._link_checks) and self._link_checks[link.index]

    def _paint_links(self, painter: QPainter, width: float) -> None:
        sure = QPen(self._theme.strong(FindingKind.CONFLICT), 2.0)
        sure.setStyle(Qt.PenStyle.DashLine)  # dashed: a contradiction, not a match
        # A conflict to check: dotted and thinner, so it reads as the weaker claim by shape.
        check = QPen(self._theme.strong(FindingKind.CONFLICT), 1.4)
        check.setStyle(Qt.PenStyle.DotLine)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        mid = width / 2
        for link in self.links():
            painter.setPen(check if self.link_to_check(link) else sure)
            y1 = (link.left_top + link.left_bottom) / 2
            y2 = (link.right_top + link.right_bottom) / 2
            path = QPainterPath(QPointF(0, y1))
            path.cubicTo(QPointF(mid, y1), QPointF(mid, y2), QPointF(width, y2))
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self._clip_top()
        painter.setClipRect(0, round(top), self.width(), self.height())
        width = float(self.width())
        for band in self.shared_bands():
            painter.fillPath(self._band_path(band, width), self._theme.shared_band())
        for band in self.bands():
            colour = self.band_colour(band)
            fill = QColor(colour)
            # Confident matches read as solid links, weak ones fade.
            fill.setAlpha(40 + round(70 * max(0.0, min(1.0, band.score))))
            if band.index == self.current:
                fill.setAlpha(200)
            if band.stub:
                fill.setAlpha(min(fill.alpha(), 60))
            path = self._band_path(band, width)
            painter.fillPath(path, fill)
            painter.setPen(QPen(colour, 1.0))
            painter.drawPath(path)
        self._paint_links(painter, width)
        painter.setClipping(False)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(QPoint(0, round(top)), QPoint(self.width(), round(top)))
        painter.end()
