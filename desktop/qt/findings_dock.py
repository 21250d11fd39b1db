"""The findings panel: verdict chips, type filter, search box, the sortable table and, beside it
(below it when docked at a side), the review panel for the selected finding.

The chips count with ``desktop.core.results.counts`` like the header and the reports, in the unit
the type filter shows (facts, or sentences). ``column_widths`` fits the columns to the width there
is.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import FindingKind, MentionType, Report, ReviewStatus
from desktop.core.results.counts import Counts, count_findings
from desktop.core.results.palette import KIND_CUES, KIND_LABELS
from desktop.core.results.trust import TO_CHECK_LABEL
from desktop.qt.column_fit import verdict_width
from desktop.qt.dock_tabs import CompactTabStyle
from desktop.qt.findings_model import FINDING_ID_ROLE, Column, FindingsFilter, FindingsModel
from desktop.qt.navigation import step, step_to_open
from desktop.qt.palette import Theme
from desktop.qt.review_label import ReviewLabelDelegate
from desktop.qt.review_panel import ReviewPanel
from desktop.qt.value_elide import install_value_elision
from desktop.qt.verdict_chips import chip_style, style_chip

__all__ = ["FindingsDock", "ReviewPanel", "column_widths"]

# Column widths in pixels. The reason ("Why") is what a reviewer reads, so it keeps at least
# REASON_MIN and the quotes give way first; an empty Note column shrinks to its header.
FIXED_WIDTHS = {Column.KIND: 118, Column.STATUS: 100, Column.TYPE: 88, Column.CONFIDENCE: 82}
QUOTE_WIDTHS = (110, 200)  # Left/Right article columns: narrowest, widest
NOTE_WIDTHS = (64, 150)  # Note column without any note, with notes
REASON_MIN = 240
FINDINGS_TAB = "Findings"
REVIEW_MAX_WIDTH = 520  # below the articles: wide enough that a sentence takes two lines, not four
SIDE_REVIEW_HEIGHT = 330  # a three-line reason and two three-line sentences, buttons and a note
# KIND: "= Same copy" unclipped. STATUS: the bold "Confirmed" (70 px at the default 9 pt) with the
# cell's margins and a few pixels to spare; the whole "✓ Confirmed" needs 90, which the quotes
# cannot give at 1280x720 without cutting a name, so ReviewLabelDelegate paints the words alone.
NARROW_WIDTHS = {Column.KIND: 114, Column.STATUS: 80}
# With notes the hidden Note column's mark joins a review ("Confirmed ✎"): the bold " ✎" is 14 px
# at the default 9 pt; the quotes give up 8 px each for it (a reviewed, noted finding read
# "Confirmed" alone at 1280x720, test_review_label_width).
NARROW_NOTE_MARK = 16
NARROW_TABLE = 620  # narrower than this (a side dock): verdict, review and the two quotes only

TYPE_CHOICES = (
    [
        ("All facts", FindingsFilter.ALL_FACTS),
        ("Facts and sentences", FindingsFilter.ALL),
    ]
    + [
        (t.value.capitalize(), t.value)
        for t in MentionType
        if t not in (MentionType.STATEMENT, MentionType.OTHER)
    ]
    + [("Sentences only", MentionType.STATEMENT.value)]
)


def column_widths(available: int, has_notes: bool, verdicts: int = 0) -> dict[Column, int]:
    """Widths for the visible columns of a table ``available`` pixels wide; columns left out are
    hidden (their content is in the review panel). The Why column takes what is left; when even
    its minimum does not fit, Confidence and then Type give way rather than push Why off screen.
    ``verdicts``: the width the Verdict column's widest label needs, which it gets ("=
    Corroborated" was cut to "= Corrobor…" in a side panel); in a narrow table the quotes share
    the rest."""
    if available < NARROW_TABLE:
        kind = max(NARROW_WIDTHS[Column.KIND], verdicts)
        status = NARROW_WIDTHS[Column.STATUS] + (NARROW_NOTE_MARK if has_notes else 0)
        quote = max(QUOTE_WIDTHS[0] // 2, (available - kind - status) // 2)
        return {Column.KIND: kind, Column.STATUS: status, Column.LEFT: quote, Column.RIGHT: quote}
    widths = dict(FIXED_WIDTHS)
    widths[Column.KIND] = max(widths[Column.KIND], verdicts)
    widths[Column.NOTE] = NOTE_WIDTHS[1] if has_notes else NOTE_WIDTHS[0]
    for optional in (Column.CONFIDENCE, Column.TYPE):
        if sum(widths.values()) + 2 * QUOTE_WIDTHS[0] + REASON_MIN <= available:
            break
        del widths[optional]
    spare = available - sum(widths.values()) - REASON_MIN
    widths[Column.LEFT] = widths[Column.RIGHT] = max(
        QUOTE_WIDTHS[0], min(QUOTE_WIDTHS[1], spare // 2)
    )
    widths[Column.REASON] = max(
        REASON_MIN, available - sum(w for c, w in widths.items() if c is not Column.REASON)
    )
    return widths


class FindingsDock(QDockWidget):
    findingSelected = Signal(str)
    contextMenuRequested = Signal(str, QPoint)  # finding id, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Findings", parent)
        self.setObjectName("findingsDock")  # saveState() needs a name to restore the layout
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._theme = Theme.current()

        self.kind_buttons: dict[FindingKind, QToolButton] = {}
        # One row below the articles; two rows of chips and one of filters in a side dock.
        self.filters = QGridLayout()
        self.filters.setContentsMargins(6, 4, 6, 2)
        self.filters.setHorizontalSpacing(4)
        self.filters.setVerticalSpacing(3)
        for kind in (
            FindingKind.CONFLICT,
            FindingKind.LEFT_ONLY,
            FindingKind.RIGHT_ONLY,
            FindingKind.AGREE,
        ):
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setObjectName(f"{kind.value}Chip")
            button.setStyleSheet(chip_style(self._theme, kind))
            style_chip(button, self._theme, kind)
            button.toggled.connect(lambda _on, b=button, k=kind: style_chip(b, self._theme, k))
            button.toggled.connect(self._kinds_changed)
            self.kind_buttons[kind] = button
        self.type_combo = QComboBox()
        for label, value in TYPE_CHOICES:
            self.type_combo.addItem(label, value)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search names, numbers, reasons… (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self._arrange_filters(side=False)

        self.table = QTableView()
        self.table.setObjectName("findingsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.KIND, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Tab leaves the table for the review panel (arrows walk the rows); it was trapped in cells.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)  # refit the columns when it resizes
        self._fitted_width = -1
        # The review status reads best next to the verdict it judges.
        header.moveSection(header.visualIndex(Column.STATUS), 1)
        # A narrow Review column shows "Disputed", not "? Disput…"; the model keeps the full label.
        self.review_label = ReviewLabelDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.STATUS, self.review_label)
        self.value_elision = install_value_elision(self.table)  # "Iva…ovgan", not "Ivan Kovg…"
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)

        self.review = ReviewPanel()
        # Wide enough for the four status buttons; the rest of the width is the table's.
        self.review.setMinimumWidth(340)
        self.review.setMaximumWidth(REVIEW_MAX_WIDTH)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("findingsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.review)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, REVIEW_MAX_WIDTH])

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.filters)
        layout.addWidget(self.splitter)
        # The findings list is the first page; the quotes, people and timeline views add their own.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dockTabs")
        self.tabs.setDocumentMode(True)
        self._tab_style = CompactTabStyle()  # kept: the tab bar does not own its style
        self.tabs.tabBar().setStyle(self._tab_style)
        self.tabs.addTab(body, FINDINGS_TAB)
        self.setWidget(self.tabs)
        self._report: Report | None = None
        self._selecting = False  # select_finding at work: do not announce the row back
        self.conflicts_held = False
        self._update_counts(None)
        self.dockLocationChanged.connect(self._place_review)

    def set_report(self, report: Report | None) -> None:
        self._report = report
        self.model.set_report(report)
        self._update_counts(report)
        self.review.show_finding(None)
        self.review.set_counts(report)
        self.fit_columns(force=True)

    def add_page(self, page: QWidget, title: str, at: int = -1) -> None:
        """Another view of the report beside the findings list (Quotes, People, Timeline),
        at tab index ``at`` (-1: last)."""
        self.tabs.insertTab(at, page, title)

    def page_named(self, name: str) -> QWidget | None:
        """The tab whose title starts with ``name`` ("quotes" finds "Quotes (7)"), or None."""
        tabs = self.tabs
        for index in range(tabs.count()):
            if tabs.tabText(index).lower().startswith(name.lower()):
                return tabs.widget(index)
        return None

    def show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)

    def set_conflicts_held(self, held: bool) -> None:
        """Different events: the conflict rows are hidden and their chip is off and locked until
        the journalist chooses Compare Anyway."""
        self.conflicts_held = held
        chip = self.kind_buttons[FindingKind.CONFLICT]
        chip.setChecked(not held)
        chip.setEnabled(not held)
        if held:
            chip.setToolTip(
                "Conflicts are held back: these articles seem to describe different events "
                "(Compare Anyway, above the articles, shows them)"
            )
        else:
            style_chip(chip, self._theme, FindingKind.CONFLICT)

    def update_review(self, report: Report) -> None:
        """A review edit: rows update in place; a link added or removed re-sorts the table but
        keeps the selected row selected. The review panel stays on its finding (gone: cleared)."""
        self._report = report
        selected = self.current_id()
        if not self.model.update_findings(report):
            self.model.set_report(report)
            if selected is not None and report.finding(selected) is not None:
                self.select_finding(selected)
        self._update_counts(report)
        self.review.set_counts(report)
        shown = self.review.finding
        self.review.show_finding(None if shown is None else report.finding(shown.id), report)
        self.fit_columns(force=True)  # a first note widens the Note column

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(FINDING_ID_ROLE)) if index.isValid() else None

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.model.set_theme(theme)
        self.review.set_theme(theme)
        for kind, button in self.kind_buttons.items():
            button.setStyleSheet(chip_style(theme, kind))
            style_chip(button, theme, kind)

    def select_finding(self, finding_id: str) -> None:
        """Select a row without re-announcing it (the panes already show it)."""
        row = self.model.row_of(finding_id)
        if row is None:
            return
        # The review panel follows even a finding the filters hide (a clicked sentence tint).
        self._show_in_review(finding_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            # Its old row must not look like the one under review.
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
            return  # filtered out: leave the user's filters alone
        # The selection model must signal (blocking it left the table painting the old row as
        # selected too); the guard only stops the echo back to the panes, which already show it.
        self._selecting = True
        try:
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False
        self.table.scrollTo(index)
        self._show_in_review(finding_id)

    def _show_in_review(self, finding_id: str | None) -> None:
        finding = None
        if finding_id is not None and self._report is not None:
            finding = self._report.finding(finding_id)
        self.review.show_finding(finding, self._report)

    def _row_changed(self, current: object, _previous: object) -> None:
        index = self.table.currentIndex()
        if index.isValid() and not self._selecting:
            finding_id = str(index.data(FINDING_ID_ROLE))
            self._show_in_review(finding_id)
            self.findingSelected.emit(finding_id)

    def _table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
            finding_id = str(index.data(FINDING_ID_ROLE))
            self.contextMenuRequested.emit(finding_id, self.table.viewport().mapToGlobal(pos))

    def _kinds_changed(self) -> None:
        self.proxy.set_kinds({k for k, b in self.kind_buttons.items() if b.isChecked()})

    def _type_changed(self, _index: int) -> None:
        self.proxy.set_type(str(self.type_combo.currentData()))
        self._update_counts(self._report)

    def _update_counts(self, report: Report | None) -> None:
        """Chip counts from ``count_findings`` in the unit the type filter shows: facts, sentences,
        or both ("2 + 3 sentences"); a single type counts that type's findings only."""
        chosen = str(self.type_combo.currentData())
        counts = None
        if report is not None:
            if chosen not in (FindingsFilter.ALL, FindingsFilter.ALL_FACTS):
                report = replace(
                    report, findings=tuple(f for f in report.findings if f.type == chosen)
                )
            counts = count_findings(report)
        for kind, button in self.kind_buttons.items():
            if counts is None:
                text = "0"
            elif chosen == MentionType.STATEMENT.value:
                text = counts.sentences[kind].text()
            elif chosen == FindingsFilter.ALL and counts.sentences[kind].total:
                text = f"{counts.facts[kind].text()} + {counts.sentences[kind].total} sentences"
            else:
                text = counts.facts[kind].text()
            if counts is not None and kind is FindingKind.CONFLICT:
                text += _to_check_text(counts, chosen)
            button.setText(f"{KIND_CUES[kind][1]} {KIND_LABELS[kind]} ({text})")
        # The tab counts facts like its neighbours count quotes, people and moments.
        facts = count_findings(self._report).facts.total if self._report is not None else 0
        self.tabs.setTabText(0, f"{FINDINGS_TAB} ({facts})" if self._report else FINDINGS_TAB)

    # -- navigation: the table's own order (its sort and filters) ------------------------------

    def row_order(self) -> list[str]:
        return [
            str(self.proxy.index(row, 0).data(FINDING_ID_ROLE))
            for row in range(self.proxy.rowCount())
        ]

    def sorted_order(self) -> list[str]:
        """Every finding in the table's sort, the rows its filters hide included."""
        return [self.model.finding(row).id for row in range(self.model.rowCount())]

    def next_id(self, current: str | None, by: int = 1, *, unreviewed: bool = False) -> str | None:
        """The finding ``by`` rows from ``current`` in the table as sorted and filtered now
        (wrapping); with ``unreviewed``, the next one still open."""
        order = self.row_order()
        if not unreviewed:
            return step(order, current, by)
        is_open = {
            f.id: f.status is ReviewStatus.OPEN
            for f in (self._report.findings if self._report else ())
        }
        return step_to_open(order, current, is_open, by)

    # -- laptop screens ----------------------------------------------------------------------

    def fit_columns(self, *, force: bool = False) -> None:
        width = self.table.viewport().width()
        if width <= 0 or (width == self._fitted_width and not force):
            return
        self._fitted_width = width
        has_notes = self._report is not None and any(f.note for f in self._report.findings)
        verdicts = max(
            verdict_width(self.table, self.model, self.proxy),
            self.table.horizontalHeader().sectionSizeHint(Column.KIND),
        )
        widths = column_widths(width, has_notes, verdicts)
        # A narrow table's quote columns are ~80 px: "Right article" filled one to the scroll bar.
        self.model.set_short_headers(width < NARROW_TABLE)
        for column in Column:
            self.table.setColumnHidden(column, column not in widths)
            if column in widths:
                self.table.setColumnWidth(column, widths[column])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _arrange_filters(self, *, side: bool) -> None:
        for widget in (*self.kind_buttons.values(), self.type_combo, self.search):
            self.filters.removeWidget(widget)
        for column in range(8):
            self.filters.setColumnStretch(column, 0)
        chips = list(self.kind_buttons.values())
        if side:
            for index, chip in enumerate(chips):
                self.filters.addWidget(chip, index // 2, index % 2)
            self.filters.addWidget(self.type_combo, 2, 0)
            self.filters.addWidget(self.search, 2, 1)
            self.filters.setColumnStretch(1, 1)
        else:
            for index, chip in enumerate(chips):
                self.filters.addWidget(chip, 0, index)
            self.filters.addWidget(self.type_combo, 0, len(chips))
            self.filters.addWidget(self.search, 0, len(chips) + 1)
            self.filters.setColumnStretch(len(chips) + 1, 1)

    def _place_review(self, area: Qt.DockWidgetArea) -> None:
        """Beside the table in a bottom (or top) dock; above it in a side dock, where the width is
        short and the height long."""
        side = area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        self._arrange_filters(side=side)
        self.splitter.setOrientation(Qt.Orientation.Vertical if side else Qt.Orientation.Horizontal)
        # Review panel first in a side dock: the reason and sentences are read before the list.
        self.splitter.insertWidget(0 if side else 1, self.review)
        self.review.setMaximumWidth(16777215 if side else REVIEW_MAX_WIDTH)
        self.review.set_side(side)
        # In a side dock the panel keeps room for a reason and two long sentences; the table
        # takes the rest of the height.
        self.review.setMinimumHeight(SIDE_REVIEW_HEIGHT if side else 0)
        if side:
            self.splitter.setSizes([SIDE_REVIEW_HEIGHT, max(1, self.height() - SIDE_REVIEW_HEIGHT)])
        self.splitter.setStretchFactor(0, 0 if side else 1)
        self.splitter.setStretchFactor(1, 1 if side else 0)


def _to_check_text(counts: Counts, chosen: str) -> str:
    """ ", 2 to check" on the conflict chip when the engine is less sure of some of the conflicts
    the type filter shows (facts or sentences), else ""."""
    tally = counts.sentences if chosen == MentionType.STATEMENT.value else counts.facts
    n = tally.to_check.total
    return f", {n} {TO_CHECK_LABEL}" if n else ""
