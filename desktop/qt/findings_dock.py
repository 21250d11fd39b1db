"""The findings panel: verdict toggles, type filter, search box and the sortable table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import FindingKind, MentionType, Report
from desktop.core.palette import KIND_CUES, KIND_LABELS
from desktop.qt.findings_model import FINDING_ID_ROLE, Column, FindingsFilter, FindingsModel
from desktop.qt.palette import Theme

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
    + [("Sentences only", "statement")]
)


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(colour)
    return QIcon(pixmap)


class FindingsDock(QDockWidget):
    findingSelected = Signal(str)

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
            button.setIcon(_swatch(self._theme.strong(kind)))
            button.setToolTip(f"Show or hide “{KIND_LABELS[kind]}” findings")
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
            (Column.KIND, 130),
            (Column.TYPE, 100),
            (Column.LEFT, 190),
            (Column.RIGHT, 190),
            (Column.CONFIDENCE, 90),
        ):
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(Column.STATUS, True)  # review statuses arrive with issue 4
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.setWidget(body)
        self._update_counts(None)

    def set_report(self, report: Report | None) -> None:
        self.model.set_report(report)
        self._update_counts(report)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.model.set_theme(theme)
        for kind, button in self.kind_buttons.items():
            button.setIcon(_swatch(theme.strong(kind)))

    def select_finding(self, finding_id: str) -> None:
        """Select a row without re-announcing it (the panes already show it)."""
        row = self.model.row_of(finding_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return  # filtered out: leave the user's filters alone
        self.table.selectionModel().blockSignals(True)
        try:
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(index)

    def _row_changed(self, current: object, _previous: object) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.findingSelected.emit(str(index.data(FINDING_ID_ROLE)))

    def _kinds_changed(self) -> None:
        self.proxy.set_kinds({k for k, b in self.kind_buttons.items() if b.isChecked()})

    def _update_counts(self, report: Report | None) -> None:
        for kind, button in self.kind_buttons.items():
            n = (
                0
                if report is None
                else sum(1 for f in report.findings if f.kind is kind and f.type != "statement")
            )
            button.setText(f"{KIND_CUES[kind][1]} {KIND_LABELS[kind]} ({n})")
