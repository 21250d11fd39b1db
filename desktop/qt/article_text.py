"""The read-only text of one article: highlight layers, entity-type bars, review marks, hover
details, the context menu and file drops.

It displays what it is given and reports what the user did (hover, click, drop); it knows nothing
about alignment or how findings were made. Geometry helpers (offset <-> y) live here because only
the text widget knows its layout; the link map and scroll sync call them.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QToolTip, QWidget

from desktop.core.model import FindingKind, Mention, ReviewStatus, TextRange
from desktop.qt.drops import accept_file_drag, take_dropped_files
from desktop.qt.empty_hint import paint_hint
from desktop.qt.highlight import Highlight, HighlightLayers, finding_at
from desktop.qt.offsets import OffsetMap
from desktop.qt.palette import Theme
from desktop.qt.review import STATUS_MARKS

# Statuses drawn as a small mark above the end of the span ("✓", "?"); dismissed ones fade instead.
MARKED_STATUSES = (ReviewStatus.CONFIRMED, ReviewStatus.DISPUTED)

DEFAULT_POINT_SIZE = 12
MIN_POINT_SIZE = 8
MAX_POINT_SIZE = 28
# Serif faces read best for long prose; the first installed one wins.
PROSE_FAMILIES = ["Charter", "Georgia", "Source Serif 4", "Noto Serif", "DejaVu Serif", "serif"]
SUPPORTED_HINT = ".txt, .md, .html, .docx or .pdf"

# Line height in percent of the font's: generous leading reads well and leaves room for the
# entity-type bars under the words and the review badges above them.
LINE_HEIGHT_PERCENT = 150
# On a laptop screen (1280x720, 1366x768) 150 % shows about 20 lines of 12 pt text; 120 % shows
# the 25 lines a reader needs to follow an argument, and still clears the type bars.
COMPACT_LINE_HEIGHT_PERCENT = 120
TEXT_MARGIN = 18  # pixels around the text: the page's margin
PARAGRAPH_GAP = 6  # pixels below each paragraph
COMPACT_PARAGRAPH_GAP = 1
COMPACT_MARGIN = 10

# The reworded words inside matched sentences: a quiet wash of the text colour (of 255), enough to
# catch the eye on a second look, never competing with the verdict colours painted above it.
WORDING_ALPHA = 34
WORDING_LAYER = "wording"
WORDING_PRIORITY = 3  # above the sentence tint (0), below details (5) and entity findings (10)


def _line_x(line: QTextLine, position: int) -> float:
    # PySide returns (x, adjusted position) for cursorToX's in/out argument.
    result: Any = line.cursorToX(position)
    return float(result[0] if isinstance(result, tuple) else result)


class ArticleText(QTextEdit):
    """Read-only prose with highlight layers, entity-type bars, hover details and file drops."""

    filesDropped = Signal(list)  # list[Path]
    highlightClicked = Signal(str)  # finding id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptDrops(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setUndoRedoEnabled(False)  # read-only text: no need to record history
        self.document().setDocumentMargin(TEXT_MARGIN)
        self.viewport().setMouseTracking(True)
        self._hint = ""
        self.setPlaceholderText(f"Drop an article here ({SUPPORTED_HINT})")
        self._offsets = OffsetMap()
        self.layers = HighlightLayers(self, to_qt=lambda offset: self._offsets.to_qt(offset))
        self._highlights: list[Highlight] = []
        self._mentions: tuple[Mention, ...] = ()
        self._theme = Theme.current()
        self.describe: Callable[[str], str] | None = None  # finding id -> tooltip HTML
        # Text offset -> who is quoted there ("Quoted: Ivan Petrov") and whether it is agency
        # copy both articles print; None where there is nothing to say.
        self.quote_label: Callable[[int], str | None] | None = None
        # Adds review actions to the context menu: (finding id under the pointer or None, menu).
        self.extend_menu: Callable[[str | None, QMenu], None] | None = None
        self._marks: list[tuple[int, int, ReviewStatus, FindingKind]] = []
        self._wording: tuple[TextRange, ...] = ()
        self._line_height = LINE_HEIGHT_PERCENT
        self.set_point_size(DEFAULT_POINT_SIZE)

    # -- content -----------------------------------------------------------------------------

    def set_content(
        self, text: str, highlights: Sequence[Highlight], mentions: Sequence[Mention]
    ) -> None:
        self.layers.clear()
        self._wording = ()
        self._offsets = OffsetMap(text)
        # One edit block: the document is laid out once, with its leading, rather than once for
        # the text and again for the block format (handover58: 35-50 ms -> ~20 ms a long side).
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        self.setPlainText(text)
        self._apply_line_height()
        cursor.endEditBlock()
        # The block ends in Qt's lazy layout, which tells the scroll bar the final size only from
        # a later turn: finish it here and tell it now, as the two passes did, so the scroll bar,
        # the visible range and the link map never read a half-laid-out document.
        layout = self.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())
        self._mentions = tuple(sorted(mentions, key=lambda m: m.start))
        self.set_highlights(highlights)
        self.verticalScrollBar().setValue(0)

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        """New findings on the same text (a review edit): no reload, the reader keeps their
        place."""
        self._highlights = list(highlights)
        ends: dict[int, tuple[int, int, ReviewStatus, FindingKind]] = {}
        for h in self._highlights:
            # One mark per span end: an entity's mark wins over its sentence's.
            if h.status in MARKED_STATUSES and (h.end not in ends or not h.statement):
                ends[h.end] = (h.start, h.end, h.status, h.kind)
        self._marks = sorted(ends.values())
        self.viewport().update()

    def set_line_height(self, percent: int) -> None:
        """Leading in percent of the font's line height (150 normally, less on small screens)."""
        if percent != self._line_height:
            self._line_height = percent
            self._apply_line_height()

    def line_height(self) -> int:
        return self._line_height

    def _apply_line_height(self) -> None:
        # Generous leading and paragraph gaps: easier reading, and room for the entity-type bars.
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(
            self._line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        # Paragraph gap: articles already separate paragraphs with a blank line, so on a small
        # screen the extra gap goes first.
        compact = self._line_height < LINE_HEIGHT_PERCENT
        block.setBottomMargin(COMPACT_PARAGRAPH_GAP if compact else PARAGRAPH_GAP)
        cursor.mergeBlockFormat(block)

    def highlights(self) -> list[Highlight]:
        return list(self._highlights)

    def set_wording(self, ranges: Sequence[TextRange]) -> None:
        """Mark the words that differ inside matched sentences
        (``desktop.core.alignment.wording``)."""
        self._wording = tuple(ranges)
        self._paint_wording()

    def wording(self) -> list[tuple[int, int]]:
        """(start, end) of each reworded stretch marked, for tests."""
        return [(start, end) for start, end, _fmt in self.layers.layer(WORDING_LAYER)]

    def _paint_wording(self) -> None:
        if not self._wording:
            self.layers.clear_layer(WORDING_LAYER)
            return
        wash = QColor(self.palette().color(QPalette.ColorRole.Text))
        wash.setAlpha(WORDING_ALPHA)
        fmt = QTextCharFormat()
        fmt.setBackground(wash)
        fmt.setToolTip("Worded differently in the other article")
        self.layers.set_layer(
            WORDING_LAYER, WORDING_PRIORITY, [(r.start, r.end, fmt) for r in self._wording]
        )

    def status_marks(self) -> list[tuple[int, int, ReviewStatus, FindingKind]]:
        """(start, end, status, kind) of each span drawn with a review mark, for tests."""
        return list(self._marks)

    def selected_range(self) -> tuple[int, int] | None:
        """The selected characters as text offsets (start < end), or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._offsets.to_py(cursor.selectionStart()), self._offsets.to_py(
            cursor.selectionEnd()
        )

    def select_range(self, start: int, end: int) -> None:
        cursor = self._cursor_at(start)
        end_position = self._offsets.to_qt(end)
        cursor.setPosition(
            max(0, min(end_position, self.text_length())), QTextCursor.MoveMode.KeepAnchor
        )
        self.setTextCursor(cursor)

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._paint_wording()  # the wash follows the text colour (light or dark)
        self.viewport().update()

    def set_point_size(self, size: int) -> None:
        font = QFont()
        font.setFamilies(PROSE_FAMILIES)
        font.setPointSize(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size)))
        self.setFont(font)
        self.document().setDefaultFont(font)

    def point_size(self) -> int:
        return self.font().pointSize()

    # -- geometry ----------------------------------------------------------------------------

    def text_length(self) -> int:
        return max(0, self.document().characterCount() - 1)

    def _cursor_at(self, offset: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(self._offsets.to_qt(offset), self.text_length())))
        return cursor

    def offset_top(self, offset: int) -> float:
        """Viewport y of the top of the line holding ``offset`` (negative when scrolled past)."""
        return float(self.cursorRect(self._cursor_at(offset)).top())

    def offset_bottom(self, offset: int) -> float:
        return float(self.cursorRect(self._cursor_at(offset)).bottom() + 1)

    def document_height(self) -> float:
        return float(self.document().size().height())

    def offset_fraction(self, offset: int) -> float:
        """Where ``offset`` lies as a 0..1 fraction of the laid-out document height."""
        height = self.document_height()
        if height <= 0:
            return 0.0
        y = self.offset_top(offset) + self.verticalScrollBar().value()
        return min(1.0, max(0.0, y / height))

    def offset_at(self, y: float) -> int:
        """Character offset at viewport height ``y`` (nearest position on that line)."""
        return self._offsets.to_py(self.cursorForPosition(QPoint(8, round(y))).position())

    def visible_range(self) -> tuple[int, int]:
        viewport = self.viewport().rect()
        first = self.cursorForPosition(viewport.topLeft()).position()
        last = self.cursorForPosition(viewport.bottomRight()).position()
        return self._offsets.to_py(first), self._offsets.to_py(last)

    def visible_fraction(self) -> tuple[float, float]:
        height = self.document_height()
        if height <= 0:
            return 0.0, 1.0
        top = self.verticalScrollBar().value()
        return top / height, min(1.0, (top + self.viewport().height()) / height)

    def scroll_to_offset(self, offset: int, at: float = 0.3) -> None:
        """Scroll so the line holding ``offset`` sits ``at`` (0..1) down the viewport."""
        bar = self.verticalScrollBar()
        doc_y = self.offset_top(offset) + bar.value()
        bar.setValue(round(doc_y - at * self.viewport().height()))

    def scroll_to_fraction(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(fraction * self.document_height() - self.viewport().height() / 2))

    # -- painting: the empty pane's hint, entity-type bars --------------------------------------

    # Qt's own names, so the callers stay as they were; Qt's placeholder stays empty.
    def setPlaceholderText(self, text: str) -> None:
        """Keep the hint for ``paint_hint``: Qt's own placeholder is cut to one line."""
        self._hint = text
        self.viewport().update()

    def placeholderText(self) -> str:
        return self._hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._hint and self.document().isEmpty():
            paint_hint(self, self._hint)
        if not self._mentions and not self._marks:
            return
        first, last = self.visible_range()
        painter = QPainter(self.viewport())
        layout = self.document().documentLayout()
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        for mention in self._mentions:
            if mention.end < first:
                continue
            if mention.start > last:
                break
            pen = QPen(self._theme.type_colour(mention.type.value), 2.0)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            qt_start, qt_end = self._offsets.to_qt(mention.start), self._offsets.to_qt(mention.end)
            block = self.document().findBlock(qt_start)
            origin = layout.blockBoundingRect(block).topLeft()
            text_layout = block.layout()
            start = qt_start - block.position()
            end = min(qt_end, block.position() + block.length() - 1) - block.position()
            for index in range(text_layout.lineCount()):
                line = text_layout.lineAt(index)
                line_start, line_end = line.textStart(), line.textStart() + line.textLength()
                if line_end <= start or line_start >= end:
                    continue
                x1 = _line_x(line, max(start, line_start))
                x2 = _line_x(line, min(end, line_end))
                # Just below the descent: clear of the finding underline drawn at the baseline.
                y = origin.y() + line.y() + line.ascent() + line.descent() + 1.5
                painter.drawLine(
                    QPointF(origin.x() + x1 + dx, y + dy), QPointF(origin.x() + x2 + dx, y + dy)
                )
        self._paint_status_marks(painter, first, last)  # on top of the type bars
        painter.end()

    def _paint_status_marks(self, painter: QPainter, first: int, last: int) -> None:
        """A round badge ("✓" confirmed, "?" disputed) on the top-right corner of each reviewed
        span. Half of it sits in the leading above the line (text is set at 150 % line height),
        so it covers at most the top of the last letter. Confirmed takes the verdict's colour;
        disputed is ink-coloured so the two never read alike."""
        if not self._marks:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.62))
        font.setBold(True)
        radius = max(5.0, QFontMetricsF(self.font()).height() * 0.36)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        ring = QPen(self.palette().color(QPalette.ColorRole.Base), 1.5)
        for _start, end, status, kind in self._marks:
            if end < first or end - 1 > last:
                continue
            rect = self.cursorRect(self._cursor_at(end))
            if status is ReviewStatus.CONFIRMED:
                fill, ink = self._theme.strong(kind), QColor("#FFFFFF")
            else:
                fill, ink = self._theme.flash(), QColor(self._theme.scheme.flash_text)
            centre = QPointF(rect.left() + radius * 0.25, rect.top() - radius * 0.1)
            badge = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.setPen(ring)  # separates the badge from a highlight of the same colour
            painter.setBrush(fill)
            painter.drawEllipse(badge)
            painter.setPen(ink)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), STATUS_MARKS[status])
        painter.restore()

    # -- interaction ---------------------------------------------------------------------------

    def highlight_at(self, pos: QPoint) -> Highlight | None:
        cursor = self.cursorForPosition(pos)
        # cursorForPosition snaps to the nearest character, also in the margins; require the
        # pointer to be on the glyphs themselves.
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - pos.y()) > rect.height():
            return None
        offset = self._offsets.to_py(cursor.position())
        hit = finding_at(self._highlights, offset)
        if hit is None and offset > 0:
            # The cursor position is a gap between characters: try the character to the left.
            left = finding_at(self._highlights, offset - 1)
            if left is not None and left.end == offset:
                hit = left
        return hit

    def quote_label_at(self, pos: QPoint) -> str | None:
        """Who is quoted at viewport ``pos`` ("Quoted: Ivan Petrov"), and whether the words are
        shared agency copy; None outside quotes and shared passages."""
        if self.quote_label is None:
            return None
        cursor = self.cursorForPosition(pos)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - pos.y()) > rect.height():
            return None  # in the margin beside or below the text
        return self.quote_label(self._offsets.to_py(cursor.position()))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.highlight_at(event.pos())
            tip = self.describe(hit.finding_id) if hit is not None and self.describe else ""
            speaker = self.quote_label_at(event.pos())
            if speaker:
                tip = f"<p style='margin:0'><i>{html.escape(speaker)}</i></p>{tip}"
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if not event.buttons():
            hit = self.highlight_at(event.position().toPoint())
            shape = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.IBeamCursor
            self.viewport().setCursor(shape)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu for a right-click at viewport ``pos``: review actions for the highlight there
        (added by ``extend_menu``), then the standard Copy / Select All."""
        hit = self.highlight_at(pos)
        menu = self.createStandardContextMenu(pos)
        if self.extend_menu is not None:
            first = menu.actions()[0] if menu.actions() else None
            review = QMenu(menu)
            self.extend_menu(None if hit is None else hit.finding_id, review)
            for action in review.actions():
                menu.insertAction(first, action)  # type: ignore[arg-type]
            if review.actions() and first is not None:
                menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(self.viewport().mapFromGlobal(event.globalPos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            hit = self.highlight_at(event.position().toPoint())
            if hit is not None:
                self.highlightClicked.emit(hit.finding_id)

    # The pane only reports the paths; the window decides what to load.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_file_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_file_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = take_dropped_files(event)
        if paths:
            self.filesDropped.emit(paths)
