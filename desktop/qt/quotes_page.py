"""The Quotes tab of the findings dock: who said what in each article, side by side, grouped by
speaker, with the verdict of each quote (same words, quote differs, attributed differently, only
in one) and, for a misquote, both wordings with the changed words marked.

Rows come from ``desktop.qt.quote_rows`` (pure); their cells' markup and plain text from
``desktop.qt.quote_cells``, made in the worker (``desktop.qt.prepared``) and shown through
``desktop.qt.quote_model``. Selecting a row asks the window to show its quote
finding (``findingSelected``, as the findings table does), which scrolls both articles to it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPainter,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import FindingKind, Report
from desktop.qt.deferred_render import DeferredRender
from desktop.qt.palette import Theme
from desktop.qt.prepared import remember_quote_style, report_quote_cells, report_quote_rows
from desktop.qt.quote_cells import QuoteStyle
from desktop.qt.quote_model import FINDING_ID_ROLE, HTML_ROLE, QUOTES_ROLE, QuoteModel
from desktop.qt.quote_rows import SpeakerGroup, group_by_speaker, quotes_summary

NO_REPORT = "Quotes appear here once two articles are compared."
NO_QUOTES = (
    "Neither article quotes anyone: no quoted words or reported speech (“X said that…”) were found."
)
# The verdict column: "≠ Attributed differently" on one line when there is room; in a side dock
# it takes a quarter of the width (not less than VERDICT_MIN) and the verdict wraps.
VERDICT_WIDTH = 220  # "= Same words, same copy" and its swatch, on one line
VERDICT_MIN = 112
# Verdict heads that must not break (see _verdict_html): the column is never narrower than these.
# The text document's own margins and the gap after the swatch, seen at 1280x720 ("≠ Quote
# differs" broke inside "differs" without it).
VERDICT_SLACK = 16
UNBROKEN_VERDICTS = ("+ Only right", "= Same claim,", "≠ Quote differs")
TREE_INDENT = 12  # the speaker groups' children: enough to read as grouped, no more
CELL_PAD = 4  # pixels around a quote's text in its cell
# Cell heights kept for rebuilds: a long pair's tab has ~1,200 quote cells (bench.ui_block's
# long pair: 333 rows x 3 cells + 104 headings), so two widths of it fit.
HINTS_KEPT = 4096

ModelIndex = QModelIndex | QPersistentModelIndex


class QuoteDelegate(QStyledItemDelegate):
    """Draws a quote cell as wrapped rich text (the changed words marked) and sizes its row to
    the column's width, so a long quote reads whole rather than cut off."""

    def __init__(self, view: QTreeView, model: QuoteModel) -> None:
        super().__init__(view)
        self._view = view
        # Asked directly for a cell's markup: expandAll sizes ~1,600 cells, and a round trip
        # through QModelIndex.data into the Python model cost more than the lookup itself.
        self._model = model
        # A cell's height per (markup, width, font): a rebuild's expandAll asks every cell again.
        self._heights: dict[tuple[str, int, str], int] = {}
        # One document lays out every cell whose height is not kept: building a QTextDocument
        # per cell was a fifth of the layout's time (600 cells: 73 -> 58 ms), same heights.
        self._sizer = QTextDocument(self)
        self._sizer.setDocumentMargin(0)
        self._sizer_font = ""  # the sizer's font key: set only when it changes (a relayout)

    def _document(self, markup: str, width: int, font: QFont) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(markup)
        document.setTextWidth(max(40, width - 2 * CELL_PAD))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect
        document = self._document(str(markup), rect.width(), opt.font)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.left() + CELL_PAD, rect.top() + CELL_PAD)
        painter.setClipRect(0, 0, rect.width() - CELL_PAD, rect.height() - CELL_PAD)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        markup = (
            self._model.markup(index) if index.model() is self._model else index.data(HTML_ROLE)
        )
        if not markup:
            return super().sizeHint(option, index)
        column = index.column()
        width = self._view.columnWidth(column)
        if column == 0 and self._model.is_heading(index):
            # A speaker's heading spans the row, after the expand arrow.
            width = self._view.viewport().width() - self._view.indentation()
        elif column == 0:
            width -= self._view.indentation()  # a child row's first cell starts indented
        font = option.font.key()
        key = (str(markup), width, font)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= HINTS_KEPT:
                self._heights.clear()  # bounded: a long session's old widths and reports go
            sizer = self._sizer
            if font != self._sizer_font:
                sizer.setDefaultFont(option.font)
                self._sizer_font = font
            sizer.setHtml(key[0])
            sizer.setTextWidth(max(40, width - 2 * CELL_PAD))
            height = self._heights[key] = math.ceil(sizer.size().height()) + 2 * CELL_PAD
        return QSize(width, height)


class QuoteTree(QTreeView):
    """Rows re-wrap when a column's width changes (the dock or the window resized)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header().sectionResized.connect(self._rewrap)

    def _verdict_min(self) -> int:
        """Room for the widest unbreakable verdict head, its swatch and the child indent."""
        text = max(UNBROKEN_VERDICTS, key=self.fontMetrics().horizontalAdvance)
        swatch = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        return max(
            VERDICT_MIN,
            self.fontMetrics().horizontalAdvance(text)
            + swatch
            + 2 * self.indentation()
            + 4 * CELL_PAD
            + VERDICT_SLACK,
        )

    def _rewrap(self, _section: int, _old: int, _new: int) -> None:
        self.doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = max(self._verdict_min(), min(VERDICT_WIDTH, self.viewport().width() // 4))
        if self.header().sectionSize(0) != width:
            self.header().resizeSection(0, width)


class QuotesPage(QWidget):
    findingSelected = Signal(str)
    # A quote the engine did not compare: (left start, right start), -1 where absent.
    quoteSelected = Signal(int, int)
    contextMenuRequested = Signal(str, QPoint)  # finding id, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotesPage")
        self._theme = Theme.current()
        self._report: Report | None = None
        self._groups: list[SpeakerGroup] = []
        self._selecting = False
        self.conflicts_held = False  # different events: conflicts are not painted in the panes
        self._drawing = DeferredRender(self, self._build_rows)
        self._wanted: str | None = None  # the finding to select once the rows are built

        self.summary = QLabel()
        self.summary.setObjectName("quotesSummary")
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(8, 4, 8, 2)
        self.empty = QLabel(NO_REPORT)
        self.empty.setObjectName("quotesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.model = QuoteModel(self)
        self.tree = QuoteTree()
        self.tree.setObjectName("quotesTree")
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(QuoteDelegate(self.tree, self.model))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(TREE_INDENT)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, VERDICT_WIDTH)
        self.tree.selectionModel().currentRowChanged.connect(self._row_changed)
        self.tree.activated.connect(self._activated)  # Enter or double-click: show it again
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        self.set_report(None)

    # -- content -------------------------------------------------------------------------------

    def set_report(self, report: Report | None) -> None:
        if not self._drawing.pending:
            self._wanted = self.current_id()
        self._report = report
        self._groups = [] if report is None else group_by_speaker(report_quote_rows(report))
        has_rows = bool(self._groups)
        self.stack.setCurrentWidget(self.tree if has_rows else self.empty)
        self.empty.setText(NO_REPORT if report is None else NO_QUOTES)
        self.summary.setVisible(has_rows)
        self.summary.setText(quotes_summary(self._groups))
        # The rows (a third of a second on a long pair, most of it expandAll's row heights) are
        # built in their own event-loop turn while the tab is hidden: desktop.qt.deferred_render.
        self._drawing.request()

    @property
    def drawn(self) -> bool:
        """False while a hidden tab's rows wait for their turn of the event loop."""
        return not self._drawing.pending

    def _build_rows(self) -> None:
        style = self._style()
        remember_quote_style(style)  # the worker prepares the next report's cells in it
        cells = (
            ()
            if self._report is None
            else report_quote_cells(self._report, style, self.conflicts_held)
        )
        dimmed = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.model.set_groups(cells, dimmed)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        selected, self._wanted = self._wanted, None
        if selected is not None:
            self.select_finding(selected)

    def set_conflicts_held(self, held: bool) -> None:
        """Different events: a quote conflict is listed but says it is held back, as the panes
        and the findings table leave it out until Compare Anyway."""
        if held != self.conflicts_held:
            self.conflicts_held = held
            self.set_report(self._report)

    def update_review(self, report: Report) -> None:
        """A review edit (a status, a removed link): same rows, statuses redrawn, place kept."""
        bar = self.tree.verticalScrollBar().value()
        self.set_report(report)
        self._drawing.flush()  # the rows are rebuilt now, so the place can be kept
        self.tree.verticalScrollBar().setValue(bar)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.set_report(self._report)

    def showEvent(self, event: QShowEvent) -> None:
        self._drawing.flush()  # rows built later are built before they are seen
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.set_theme(Theme.current(self.palette()))  # the marks follow light or dark

    def groups(self) -> list[SpeakerGroup]:
        return list(self._groups)

    def _style(self) -> QuoteStyle:
        """The colours the cells are drawn with: the theme's, as colour names."""
        theme = self._theme
        ink = "#FFFFFF" if theme.dark else "#000000"
        tint = theme.tint(FindingKind.CONFLICT).name()
        strong = theme.strong(FindingKind.CONFLICT).name()
        return QuoteStyle(
            strong=tuple((kind, theme.strong(kind).name()) for kind in FindingKind),
            shared=theme.shared().name(),
            unshown=self.palette().color(QPalette.ColorRole.Mid).name(),
            mark=f"background:{tint}; color:{ink}; font-weight:bold; "
            f"border-bottom:2px solid {strong}",
        )

    # -- selection -----------------------------------------------------------------------------

    def current_id(self) -> str | None:
        if self._drawing.pending:
            return self._wanted
        index = self.tree.currentIndex()
        value = index.data(FINDING_ID_ROLE) if index.isValid() else None
        return None if value is None else str(value)

    def _index_of(self, finding_id: str) -> QModelIndex | None:
        for group_row in range(self.model.rowCount()):
            parent = self.model.index(group_row, 0)
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if index.data(FINDING_ID_ROLE) == finding_id:
                    return index
        return None

    def select_finding(self, finding_id: str) -> None:
        """Follow the finding shown elsewhere (the table, a click in a pane) without announcing
        it back; a finding that is not a quote clears the selection."""
        if self._drawing.pending:
            self._wanted = finding_id  # selected when the rows are built
            return
        index = self._index_of(finding_id)
        self._selecting = True
        try:
            if index is None:
                self.tree.selectionModel().clearCurrentIndex()
                self.tree.clearSelection()
                return
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._selecting = False

    def select_first(self) -> bool:
        """Click the first quote in conflict (a misquote, a misattribution), else the first
        quote, as a reader opening the tab would; False when there is none."""
        self._drawing.flush()
        rows = [
            self.model.index(row, 0, self.model.index(group, 0))
            for group in range(self.model.rowCount())
            for row in range(self.model.rowCount(self.model.index(group, 0)))
        ]
        if not rows:
            return False
        kinds = [r.kind for g in self._groups for r in g.rows]
        first = next((i for i, k in enumerate(kinds) if k is FindingKind.CONFLICT), 0)
        index = rows[first]
        self._selecting = True  # announced once below, even when it was already current
        try:
            self.tree.setCurrentIndex(index)
        finally:
            self._selecting = False
        # Centred: its speaker's heading and the quotes around it show too.
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._announce(index)
        return True

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting:
            self._announce(current)

    def _activated(self, index: QModelIndex) -> None:
        self._announce(index)

    def _announce(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        value = index.data(FINDING_ID_ROLE)
        starts = index.data(QUOTES_ROLE)
        if value is not None:
            self.findingSelected.emit(str(value))
        elif starts is not None:
            self.quoteSelected.emit(int(starts[0]), int(starts[1]))

    def _menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        value = index.data(FINDING_ID_ROLE) if index.isValid() else None
        if value is not None:
            self.tree.setCurrentIndex(index)
            self.contextMenuRequested.emit(str(value), self.tree.viewport().mapToGlobal(pos))
