"""The findings panel: verdict toggles, type filter, search box, the sortable table and, beside it,
the review panel for the selected finding (status buttons and a note).

The panel edits nothing itself: it asks (``statusRequested``, ``noteEdited``, ``removeRequested``)
and the window turns each request into an undoable command on the session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Finding, FindingKind, MentionType, Report, ReviewStatus
from desktop.core.palette import KIND_CUES, KIND_LABELS
from desktop.core.review import USER_ORIGIN, is_link
from desktop.qt.findings_model import (
    FINDING_ID_ROLE,
    Column,
    FindingsFilter,
    FindingsModel,
    span_text,
)
from desktop.qt.palette import Theme
from desktop.qt.review import STATUS_LABELS, STATUS_MARKS, review_counts

NOTE_COMMIT_MS = 800  # a pause in typing saves the note (one undo step per finding, merged)

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


def chip_style(theme: Theme, kind: FindingKind) -> str:
    """A verdict filter chip: on, it is filled with the verdict's tint inside a solid border in
    its colour; off, it is an empty dashed outline (``style_chip`` greys and strikes its text).
    Before, both states were the same flat button a shade apart."""
    colours = theme.scheme.kinds[kind]
    rim = QApplication.palette().color(QPalette.ColorRole.Mid).name()
    return (
        "QToolButton { border-radius: 9px; padding: 1px 2px; }"
        f"QToolButton:checked {{ background: {colours.tint}; border: 2px solid {colours.strong}; }}"
        f"QToolButton:!checked {{ background: transparent; border: 1px dashed {rim}; }}"
    )


def chip_icon(colour: QColor, on: bool) -> QIcon:
    """A filled swatch when the verdict is shown, an empty outline when it is hidden."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(colour)
    if on:
        painter.fillRect(1, 1, 10, 10, colour)
    else:
        painter.drawRect(1, 1, 9, 9)
    painter.end()
    return QIcon(pixmap)


def style_chip(button: QToolButton, theme: Theme, kind: FindingKind) -> None:
    """Mark the chip's state in three ways besides the border: swatch, ink and strike-out."""
    on = button.isChecked()
    button.setIcon(chip_icon(theme.strong(kind), on))
    font = button.font()
    font.setStrikeOut(not on)
    button.setFont(font)
    button.setForegroundRole(
        QPalette.ColorRole.ButtonText if on else QPalette.ColorRole.PlaceholderText
    )
    state = "shown" if on else "hidden"
    button.setToolTip(f"“{KIND_LABELS[kind]}” findings are {state}: click to show or hide them")


class ReviewPanel(QFrame):
    """The selected finding: what it says, its review status (four buttons) and a note."""

    statusRequested = Signal(str, object)  # finding id, ReviewStatus
    noteEdited = Signal(str, str)  # finding id, note
    removeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.finding: Finding | None = None
        self.heading = QLabel()
        self.heading.setObjectName("reviewHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.words = QLabel()
        self.words.setObjectName("reviewWords")
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.status_buttons: dict[ReviewStatus, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for status, key in (
            (ReviewStatus.OPEN, ""),
            (ReviewStatus.CONFIRMED, "Ctrl+1"),
            (ReviewStatus.DISPUTED, "Ctrl+2"),
            (ReviewStatus.DISMISSED, "Ctrl+3"),
        ):
            mark = STATUS_MARKS[status]
            button = QToolButton()
            button.setText(f"{mark} {STATUS_LABELS[status]}" if mark else STATUS_LABELS[status])
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setToolTip(
                f"Mark this finding {STATUS_LABELS[status].lower()}" + (f" ({key})" if key else "")
            )
            button.clicked.connect(lambda _c=False, st=status: self._status_clicked(st))
            self._group.addButton(button)
            self.status_buttons[status] = button
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.note = QPlainTextEdit()
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText("Note for the editor (saved with the comparison)…")
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_typed)
        self.note.installEventFilter(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_COMMIT_MS)
        self._note_timer.timeout.connect(self.commit_note)
        self._note_pending = False

        self.remove_button = QPushButton("Remove Link")
        self.remove_button.setToolTip(
            "This link is wrong: remove it (Del). A re-run of the comparison leaves it out too."
        )
        self.remove_button.clicked.connect(self._remove_clicked)
        self.counts = QLabel()
        self.counts.setObjectName("reviewCounts")
        self.counts.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.counts.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.words)
        layout.addLayout(buttons)
        layout.addWidget(self.note, 1)
        layout.addLayout(bottom)
        self.show_finding(None)

    def show_finding(self, finding: Finding | None) -> None:
        """Show ``finding`` (None: nothing selected). A note being typed for it is kept."""
        same = finding is not None and self.finding is not None and finding.id == self.finding.id
        if not same:
            self.commit_note()  # a half-typed note belongs to the finding it was typed for
        self.finding = finding
        enabled = finding is not None
        for button in self.status_buttons.values():
            button.setEnabled(enabled)
        self.note.setEnabled(enabled)
        if finding is None:
            self.heading.setText("No finding selected")
            self.words.setText("Select a finding in the table or click a highlight to review it.")
            self._group.setExclusive(False)
            for button in self.status_buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)
            self._set_note_text("")
            self.remove_button.setEnabled(False)
            return
        kind = f"{KIND_CUES[finding.kind][1]} {KIND_LABELS[finding.kind]}"
        kind_type = "sentence" if finding.is_statement else finding.type
        who = " · added by you" if finding.origin == USER_ORIGIN else ""
        self.heading.setText(f"{kind} · {kind_type}{who}")
        left = span_text(finding, "left") or "—"
        right = span_text(finding, "right") or "—"
        self.words.setText(f"Left: {_clip(left)}\nRight: {_clip(right)}")
        self.words.setToolTip(finding.reason)
        self.status_buttons[finding.status].setChecked(True)
        if not (same and self._note_pending):
            self._set_note_text(finding.note)
        self.remove_button.setEnabled(is_link(finding))

    def set_counts(self, report: Report | None) -> None:
        self.counts.setText("" if report is None else review_counts(report))

    def commit_note(self) -> None:
        self._note_timer.stop()
        if not self._note_pending or self.finding is None:
            self._note_pending = False
            return
        self._note_pending = False
        text = self.note.toPlainText()
        if text != self.finding.note:
            self.noteEdited.emit(self.finding.id, text)

    def _set_note_text(self, text: str) -> None:
        self._note_pending = False
        if self.note.toPlainText() != text:
            self.note.blockSignals(True)
            try:
                self.note.setPlainText(text)
            finally:
                self.note.blockSignals(False)

    def _note_typed(self) -> None:
        if self.finding is not None:
            self._note_pending = True
            self._note_timer.start()

    def _status_clicked(self, status: ReviewStatus) -> None:
        if self.finding is not None and status is not self.finding.status:
            self.statusRequested.emit(self.finding.id, status)

    def _remove_clicked(self) -> None:
        if self.finding is not None:
            self.removeRequested.emit(self.finding.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.commit_note()
        return super().eventFilter(watched, event)


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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
        filters = QHBoxLayout()
        filters.setContentsMargins(6, 4, 6, 2)
        filters.setSpacing(4)
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
            filters.addWidget(button)
        self.type_combo = QComboBox()
        for label, value in TYPE_CHOICES:
            self.type_combo.addItem(label, value)
        self.type_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_type(str(self.type_combo.currentData()))
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search names, numbers, reasons…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        filters.addSpacing(8)
        filters.addWidget(self.type_combo)
        filters.addWidget(self.search, 1)

        self.table = QTableView()
        self.table.setObjectName("findingsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.KIND, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.KIND, 120),
            (Column.STATUS, 104),
            (Column.TYPE, 90),
            (Column.LEFT, 165),
            (Column.RIGHT, 165),
            (Column.CONFIDENCE, 84),
            (Column.NOTE, 150),
        ):
            self.table.setColumnWidth(column, width)
        # The review status reads best next to the verdict it judges.
        header.moveSection(header.visualIndex(Column.STATUS), 1)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)

        self.review = ReviewPanel()
        # Wide enough for the four status buttons; the rest of the width is the table's.
        self.review.setMinimumWidth(340)
        self.review.setMaximumWidth(400)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("findingsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.review)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, 300])

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(filters)
        layout.addWidget(self.splitter)
        self.setWidget(body)
        self._report: Report | None = None
        self._selecting = False  # select_finding at work: do not announce the row back
        self._update_counts(None)

    def set_report(self, report: Report | None) -> None:
        self._report = report
        self.model.set_report(report)
        self._update_counts(report)
        self.review.show_finding(None)
        self.review.set_counts(report)

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
        self.review.show_finding(None if shown is None else report.finding(shown.id))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(FINDING_ID_ROLE)) if index.isValid() else None

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.model.set_theme(theme)
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
        self.review.show_finding(finding)

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

    def _update_counts(self, report: Report | None) -> None:
        for kind, button in self.kind_buttons.items():
            n = (
                0
                if report is None
                else sum(1 for f in report.findings if f.kind is kind and not f.is_statement)
            )
            button.setText(f"{KIND_CUES[kind][1]} {KIND_LABELS[kind]} ({n})")
