"""The Quotes tab's tree model over prepared cells (``desktop.qt.quote_cells``).

Stop 58 (table58): the tab built three QStandardItems a row, each holding markup made on the UI
thread. This model only answers the view from cells made beforehand (in the worker, for a report
that came through it): a speaker's heading at the top level, its quote rows under it. A new list
replaces the old in one reset, so a second comparison never shows the first one's rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.qt.quote_cells import GroupCells

FINDING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
QUOTES_ROLE = Qt.ItemDataRole.UserRole + 3  # (left start, right start), -1 where absent

HEADERS = ("Verdict", "Left article", "Right article")
# An index's internal id: 0 for a speaker's heading, else its group's row + 1.
HEADING = 0
# A heading's cells: its title is not selectable (clicking it selects no quote); the two cells
# beside it, hidden under the spanned title, keep a plain item's flags.
HEADING_FLAGS = Qt.ItemFlag.ItemIsEnabled
HEADING_SIDE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: Qt's default parent argument


class QuoteModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: tuple[GroupCells, ...] = ()
        self._dimmed = QBrush()  # a dismissed quote's text (the palette's placeholder colour)

    def set_groups(self, groups: tuple[GroupCells, ...], dimmed: QColor) -> None:
        self.beginResetModel()
        self._groups = groups
        self._dimmed = QBrush(dimmed)
        self.endResetModel()

    # -- structure -----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = _ROOT) -> QModelIndex:
        if not 0 <= column < len(HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, column, HEADING) if row < len(self._groups) else QModelIndex()
            )
        if parent.internalId() != HEADING or parent.row() >= len(self._groups):
            return QModelIndex()  # quote rows have no children
        if row >= len(self._groups[parent.row()].rows):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: ModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == HEADING:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, HEADING)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == HEADING and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, _parent: ModelIndex = _ROOT) -> int:
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == HEADING:
            return HEADING_FLAGS if index.column() == 0 else HEADING_SIDE_FLAGS
        return ROW_FLAGS

    # -- cells ---------------------------------------------------------------------------------

    def is_heading(self, index: ModelIndex) -> bool:
        return index.isValid() and index.internalId() == HEADING

    def markup(self, index: ModelIndex) -> str | None:
        """A cell's markup (HTML_ROLE) without the round trip through ``QModelIndex.data``."""
        if not index.isValid():
            return None
        column, group = index.column(), index.internalId()
        if group == HEADING:
            return self._groups[index.row()].title_html if column == 0 else None
        cell = self._groups[group - 1].rows[index.row()]
        return cell.verdict_html if column == 0 else cell.markups[column - 1]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == HEADING:
            if column != 0:
                return None
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return group.group.title
            return group.title_html if role == HTML_ROLE else None
        cell = self._groups[index.internalId() - 1].rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.verdict if column == 0 else cell.texts[column - 1]
        if role == HTML_ROLE:
            return cell.verdict_html if column == 0 else cell.markups[column - 1]
        if role == FINDING_ID_ROLE:
            return cell.finding_id
        if role == QUOTES_ROLE:
            return cell.starts
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip if column == 0 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._dimmed if cell.dismissed else None
        return None
