"""A read-only rich-text table whose rows answer clicks: the People and Timeline tabs (and
``quoted_sentence``, the sentence around some words, which both quote).

Rich text wraps long values and sentences where a table view would cut them off in a narrow side
dock. A click anywhere in a cell (not only on its words) is reported as (row, column) of the
document's first table; Up and Down move between the rows that answer clicks and Return opens
one, so the tab works from the keyboard too.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextTable,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QToolTip, QWidget

from desktop.core.model import Sentence, Span

# The selected rows: a wash of the selection colour (alpha of 255) faint enough to read the text
# and a tint through, and a solid bar this many pixels wide down their left edge.
SELECTED_ALPHA = 48
SELECTED_BAR = 3
# A quoted sentence longer than this is cut around its marked words: a row or tooltip stays a
# few lines, and the article pane is one click away for the rest.
QUOTE_CHARS = 160
# In a narrow column (a side panel) a quoted sentence is cut shorter: about this many lines of
# the column, so one moment does not fill the panel; never below QUOTE_MIN_CHARS, which keeps a
# few words each side of the marked ones.
QUOTE_LINES = 4
QUOTE_MIN_CHARS = 70
# The label or date column's share of the width, in percent: never so thin its words break
# mid-word, never so wide that the two articles' columns are squeezed.
MIN_FIRST_SHARE = 8
# Dragging the dock's edge resizes the table many times a second; it is drawn again once the width
# has held this long, not on every step of the drag.
WIDTH_SETTLE_MS = 60
MAX_FIRST_SHARE = 34


def quoted_sentence(
    text: str, sentences: Sequence[Sentence], span: Span, chars: int = QUOTE_CHARS
) -> str:
    """The sentence around ``span`` as HTML, the span's words in bold, cut to ``chars``."""
    lo, hi = span.start, span.end
    for sentence in sentences:
        if sentence.start <= span.start < sentence.end:
            lo, hi = sentence.start, max(span.end, sentence.end)
            break
    else:  # no sentences from the engine: the line around it
        lo = text.rfind("\n", 0, span.start) + 1
        newline = text.find("\n", span.end)
        hi = len(text) if newline < 0 else newline
    room = max(0, chars - (span.end - span.start))
    cut_lo = max(lo, span.start - room // 2)
    cut_hi = min(hi, span.end + room - (span.start - cut_lo))
    cut_lo = max(lo, span.start - (room - (cut_hi - span.end)))
    # Cut between words, never inside one.
    if cut_lo > lo:
        space = text.find(" ", cut_lo, span.start)
        cut_lo = space + 1 if space >= 0 else span.start
    if cut_hi < hi:
        space = text.rfind(" ", span.end, cut_hi)
        cut_hi = space if space >= 0 else span.end
    pieces = [text[cut_lo : span.start], text[span.start : span.end], text[span.end : cut_hi]]
    before, words, after = (html.escape(" ".join(p.split())) for p in pieces)
    # Keep the spacing the article has around the time words ("on Sunday, police said").
    gap_before = " " if before and pieces[0][-1:].isspace() else ""
    gap_after = " " if after and pieces[2][:1].isspace() else ""
    head = "…" if cut_lo > lo else ""
    tail = "…" if cut_hi < hi else ""
    return f"{head}{before}{gap_before}<b>{words}</b>{gap_after}{after}{tail}"


class TableBrowser(QTextBrowser):
    """Shows HTML holding one table; ``cellClicked(row, column)`` on a click or Return."""

    cellClicked = Signal(int, int)
    widthChanged = Signal()  # the column shares depend on the width: draw again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        self.document().setDocumentMargin(6)
        self._width_timer = QTimer(self)
        self._width_timer.setSingleShot(True)
        self._width_timer.setInterval(WIDTH_SETTLE_MS)
        self._width_timer.timeout.connect(self.widthChanged)
        # (row, column) -> tooltip rich text for that cell ("" for none), set by the page.
        self.tooltip_for: Callable[[int, int], str] | None = None
        self.rows: list[int] = []  # the rows that answer clicks
        self.key_rows: list[int] = []  # the rows Up and Down step through
        self.current_row = -1
        self.selected_rows: tuple[int, ...] = ()

    def set_table(self, html: str, rows: list[int], key_rows: list[int] | None = None) -> None:
        """New content; the reader keeps their place when it is the same length or longer."""
        bar = self.verticalScrollBar()
        at = bar.value()
        self.setHtml(html)
        self.rows = rows
        self.key_rows = rows if key_rows is None else key_rows
        bar.setValue(at)

    def shares(self, first: int) -> tuple[int, int]:
        """Percent widths for a first column ``first`` pixels wide and each of the two others:
        Qt's rich text splits a table by percentages only, so the fixed label column becomes its
        share of the width there is (a wide bottom dock, a narrow side one)."""
        width = max(1, self.viewport().width() - 2 * round(self.document().documentMargin()))
        label = max(MIN_FIRST_SHARE, min(MAX_FIRST_SHARE, round(100 * first / width)))
        return label, (100 - label) // 2

    def quote_chars(self, share: int) -> int:
        """How many characters of a sentence to quote in a column ``share`` percent wide."""
        width = self.viewport().width() * share // 100
        per_line = width // max(1, self.fontMetrics().averageCharWidth())
        return max(QUOTE_MIN_CHARS, min(QUOTE_CHARS, QUOTE_LINES * per_line))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Later, never from inside a resize: a scroll bar appearing while setHtml fills the
            # document resizes the view, and drawing again then would splice two tables.
            self._width_timer.start()

    def select_rows(self, rows: Sequence[int]) -> None:
        """Show ``rows`` as selected. Painted over the table, not put into the document: a
        change to the document lays the whole table out again, seconds with hundreds of rows."""
        self.selected_rows = tuple(rows)
        self.viewport().update()

    def _row_band(self, table: QTextTable, row: int) -> QRectF:
        """The viewport rectangle of one table row, from the top of its first line to the top
        of the next row's (the table's bottom for the last)."""

        def top(r: int) -> float:
            return float(self.cursorRect(table.cellAt(r, 0).firstCursorPosition()).top())

        pad = table.format().cellPadding() + 1
        if row + 1 < table.rows():
            bottom = top(row + 1) - pad
        else:
            frame = self.document().documentLayout().frameBoundingRect(table)
            bottom = frame.bottom() - self.verticalScrollBar().value()
        return QRectF(0, top(row) - pad, self.viewport().width(), bottom - top(row) + pad)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        table = self.table()
        if table is None or not self.selected_rows:
            return
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        wash = QColor(colour)
        wash.setAlpha(SELECTED_ALPHA)
        painter = QPainter(self.viewport())
        bands = [self._row_band(table, r) for r in self.selected_rows if 0 <= r < table.rows()]
        for band in bands:
            painter.fillRect(band, wash)
        if bands:  # a bar down the left edge: the selection reads even on a tinted conflict row
            top, bottom = min(b.top() for b in bands), max(b.bottom() for b in bands)
            painter.fillRect(QRectF(0, top, SELECTED_BAR, bottom - top), colour)
        painter.end()

    def table(self) -> QTextTable | None:
        for frame in self.document().rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                return frame
        return None

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        """(row, column) of the table cell under a viewport point, or None off the table."""
        table = self.table()
        if table is None:
            return None
        cursor = self.cursorForPosition(pos)
        inside = cursor.currentTable()
        if inside is None or inside.firstPosition() != table.firstPosition():
            return None
        cell = table.cellAt(cursor)
        if not cell.isValid():
            return None
        # A click below the last line of a short cell still lands in its row: the cursor is
        # found by the nearest text, which Qt takes from the same row.
        return cell.row(), cell.column()

    def cell_point(self, row: int, column: int) -> QPoint:
        """The viewport point of a cell's first word (for tests and for scrolling)."""
        table = self.table()
        if table is None:
            return QPoint(-1, -1)
        cursor = table.cellAt(row, column).firstCursorPosition()
        return self.cursorRect(cursor).center()

    def scroll_to_row(self, row: int) -> None:
        table = self.table()
        if table is None or not 0 <= row < table.rows():
            return
        cursor = QTextCursor(table.cellAt(row, 0).firstCursorPosition())
        rect = self.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.cell_at(event.pos())
            tip = self.tooltip_for(*hit) if hit and self.tooltip_for else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        hit = self.cell_at(event.position().toPoint())
        shape = Qt.CursorShape.PointingHandCursor if hit and hit[0] in self.rows else None
        self.viewport().setCursor(shape or Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() is not Qt.MouseButton.LeftButton:
            return
        hit = self.cell_at(event.position().toPoint())
        if hit is not None and hit[0] in self.rows:
            self.current_row = hit[0]
            self.cellClicked.emit(*hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        rows = self.key_rows
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
            if key == Qt.Key.Key_Down:
                after = [r for r in rows if r > self.current_row]
                self.current_row = after[0] if after else rows[-1]
            else:
                before = [r for r in rows if r < self.current_row]
                self.current_row = before[-1] if before else rows[0]
            self.cellClicked.emit(self.current_row, 0)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_row in rows:
            self.cellClicked.emit(self.current_row, 0)
            return
        super().keyPressEvent(event)
