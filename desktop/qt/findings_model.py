"""The findings table: a ``QAbstractTableModel`` over ``report.findings`` and a filter/sort proxy.

Columns are an enum so views and tests name them, not their positions. ``STATUS`` and ``NOTE`` show
the review; a dismissed finding's row is drawn faded. Review edits update rows in place
(``update_findings``) so the selection, sort order and scroll position survive them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.core.model import Finding, FindingKind, Report, ReviewStatus
from desktop.core.results.palette import KIND_CUES, KIND_LABELS
from desktop.core.results.review import USER_ORIGIN
from desktop.core.results.trust import is_to_check
from desktop.qt.describe import (
    CHECK_KIND_LABEL,
    SHARED_KIND_LABEL,
    is_shared_agreement,
    verdict_text,
)
from desktop.qt.palette import Theme
from desktop.qt.review import status_text

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    KIND = 0
    TYPE = 1
    LEFT = 2
    RIGHT = 3
    REASON = 4
    CONFIDENCE = 5
    STATUS = 6
    NOTE = 7


HEADERS = {
    Column.KIND: "Verdict",
    Column.TYPE: "Type",
    Column.LEFT: "Left article",
    Column.RIGHT: "Right article",
    Column.REASON: "Why",
    Column.CONFIDENCE: "Confidence",
    Column.STATUS: "Review",
    Column.NOTE: "Note",
}
# A narrow table (a side dock at 1280x720) names the quote columns as the panes do: "Right
# article" filled its 80-pixel column and touched the scroll bar. The full name is the tooltip.
SHORT_HEADERS = {Column.LEFT: "Left", Column.RIGHT: "Right"}

# Review order when sorting by the Review column: still to do first, dismissed last.
STATUS_ORDER = {
    ReviewStatus.OPEN: 0,
    ReviewStatus.DISPUTED: 1,
    ReviewStatus.CONFIRMED: 2,
    ReviewStatus.DISMISSED: 3,
}
DISMISSED_ALPHA = 110  # of 255: a dismissed row (and span) stays legible but clearly set aside

CHECK_ICON_SIZE = 12  # px: the hollow swatch of a conflict to check in the Verdict column

FINDING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

# Sorting by verdict puts what needs attention first.
KIND_ORDER = {
    FindingKind.CONFLICT: 0,
    FindingKind.LEFT_ONLY: 1,
    FindingKind.RIGHT_ONLY: 2,
    FindingKind.AGREE: 3,
}


def span_text(finding: Finding, side: str) -> str:
    spans = finding.left if side == "left" else finding.right
    # Repeated mentions of one name read as noise; keep each distinct wording once.
    return " / ".join(dict.fromkeys(" ".join(s.text.split()) for s in spans))


def first_offset(finding: Finding, side: str) -> int:
    spans = finding.left if side == "left" else finding.right
    return min((s.start for s in spans), default=1 << 30)


class FindingsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: tuple[Finding, ...] = ()
        self._positions: list[int] = []
        self._sort_column = int(Column.KIND)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._theme = Theme.current()
        self._short_headers = False

    def set_short_headers(self, short: bool) -> None:
        """Name the quote columns "Left"/"Right" (a narrow table) or in full."""
        if short != self._short_headers:
            self._short_headers = short
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.LEFT, Column.RIGHT)

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self._findings = () if report is None else report.findings
        # Sorting asks for these keys O(n log n) times: compute them once per report.
        self._positions = [
            min(first_offset(f, "left"), first_offset(f, "right")) for f in self._findings
        ]
        self._reorder(self._sort_column, self._sort_order)
        self.endResetModel()

    def verdict_rows(self) -> list[list[int]]:
        """Rows grouped by the verdict column's text, in row order: the column is as wide as its
        widest label, so measuring one shown row per label fits it (stop 56: asking Qt for the
        width of every row was a sixth of a second of the UI thread on a 2,263-row table)."""
        rows: dict[str, list[int]] = {}
        for row, finding in enumerate(self._findings):
            rows.setdefault(self._display(finding, Column.KIND), []).append(row)
        return list(rows.values())

    def update_findings(self, report: Report) -> bool:
        """Take a review edit in place when the set of findings is unchanged (status, note): rows
        keep their place, so the selection and scroll position stay. False: call ``set_report``."""
        fresh = {f.id: f for f in report.findings}
        if len(fresh) != len(self._findings) or any(f.id not in fresh for f in self._findings):
            return False
        old, self._findings = self._findings, tuple(fresh[f.id] for f in self._findings)
        # One signal per changed row: a single whole-table range reached the view as a repaint of
        # the first row only, so an undone note stayed on screen until its row was clicked.
        last_column = len(Column) - 1
        for row, (before, after) in enumerate(zip(old, self._findings, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with keys computed once per row: a proxy sort would call ``data()``
        O(n log n) times, which takes seconds for the thousands of findings of a long article."""
        self.layoutAboutToBeChanged.emit()
        old_ids = [f.id for f in self._findings]
        self._reorder(column, order)
        new_row = {f.id: row for row, f in enumerate(self._findings)}
        for index in self.persistentIndexList():
            row = new_row[old_ids[index.row()]]
            self.changePersistentIndex(index, self.index(row, index.column()))
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if column < 0 or not self._findings:
            return
        col = Column(column)
        keyed = sorted(
            range(len(self._findings)),
            key=lambda row: self._key(row, col),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._findings = tuple(self._findings[row] for row in keyed)
        self._positions = [self._positions[row] for row in keyed]

    def _key(self, row: int, column: Column) -> Any:
        finding = self._findings[row]
        # Conflicts to check come after the sure ones: what can be taken at its word leads.
        if column is Column.KIND:
            return (KIND_ORDER[finding.kind], is_to_check(finding), self._positions[row])
        if column is Column.CONFIDENCE:
            return (finding.confidence, -self._positions[row])
        if column is Column.STATUS:
            return (
                STATUS_ORDER[finding.status],
                KIND_ORDER[finding.kind],
                is_to_check(finding),
                self._positions[row],
            )
        return self._sort_key(finding, column)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        if self._findings:
            self.dataChanged.emit(
                self.index(0, Column.KIND),
                self.index(len(self._findings) - 1, Column.KIND),
                [Qt.ItemDataRole.DecorationRole],
            )

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def row_of(self, finding_id: str) -> int | None:
        return next((i for i, f in enumerate(self._findings) if f.id == finding_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = Column(section)
        short = self._short_headers and column in SHORT_HEADERS
        if role == Qt.ItemDataRole.DisplayRole:
            return SHORT_HEADERS[column] if short else HEADERS[column]
        if role == Qt.ItemDataRole.ToolTipRole and short:
            return HEADERS[column]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        column = Column(index.column())
        if role == FINDING_ID_ROLE:
            return finding.id
        if role == KIND_ROLE:
            return finding.kind.value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(finding, column)
        if role == SORT_ROLE:
            return self._key(index.row(), column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.KIND:
            colour = QColor(self._theme.strong(finding.kind))
            if is_to_check(finding):
                return self._check_icon(finding.status is ReviewStatus.DISMISSED)
            if is_shared_agreement(finding):
                colour = self._theme.shared()  # the colour of shared copy in panes and map
            if finding.status is ReviewStatus.DISMISSED:
                colour.setAlpha(DISMISSED_ALPHA)
            return colour
        if role == Qt.ItemDataRole.ForegroundRole and finding.status is ReviewStatus.DISMISSED:
            colour = QApplication.palette().color(QPalette.ColorRole.Text)
            colour.setAlpha(DISMISSED_ALPHA)
            return colour
        if role == Qt.ItemDataRole.FontRole and column is Column.STATUS:
            if finding.status is not ReviewStatus.OPEN:
                font = QFont()
                font.setBold(finding.status is not ReviewStatus.DISMISSED)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(finding, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _check_icon(self, dismissed: bool) -> QIcon:
        """A conflict to check's swatch: hollow (an outline in the conflict colour), where a sure
        conflict's is solid, as in the overview strip."""
        colour = QColor(self._theme.strong(FindingKind.CONFLICT))
        if dismissed:
            colour.setAlpha(DISMISSED_ALPHA)
        pixmap = QPixmap(CHECK_ICON_SIZE, CHECK_ICON_SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setPen(QPen(colour, 2.0))
        painter.drawRect(1, 1, CHECK_ICON_SIZE - 2, CHECK_ICON_SIZE - 2)
        painter.end()
        return QIcon(pixmap)

    def _tooltip(self, finding: Finding, column: Column) -> str | None:
        if column in (Column.LEFT, Column.RIGHT):
            return self._display(finding, column) or "(not in this article)"
        if column is Column.NOTE:
            return finding.note or None
        if column is Column.KIND:
            return f"{verdict_text(finding)}: {finding.reason}"
        if column is Column.STATUS and finding.status is not ReviewStatus.OPEN:
            # A narrow column paints only the word or the mark: the tooltip names the review whole.
            return f"{status_text(finding.status)}: {finding.reason}"
        return finding.reason

    def _display(self, finding: Finding, column: Column) -> str:
        if column is Column.KIND:
            label = KIND_LABELS[finding.kind]
            if is_shared_agreement(finding):
                label = SHARED_KIND_LABEL
            elif is_to_check(finding):
                label = CHECK_KIND_LABEL
            return f"{KIND_CUES[finding.kind][1]} {label}"
        if column is Column.TYPE:
            return "sentence" if finding.is_statement else finding.type
        if column is Column.LEFT:
            return span_text(finding, "left")
        if column is Column.RIGHT:
            return span_text(finding, "right")
        if column is Column.REASON:
            return finding.reason
        if column is Column.CONFIDENCE:
            # A link the reviewer made has no engine confidence to show.
            return "yours" if finding.origin == USER_ORIGIN else f"{finding.confidence:.0%}"
        if column is Column.NOTE:
            return " ".join(finding.note.split())
        return status_text(finding.status)

    def _sort_key(self, finding: Finding, column: Column) -> Any:
        if column is Column.CONFIDENCE:
            return finding.confidence
        if column is Column.LEFT:
            return first_offset(finding, "left")
        if column is Column.RIGHT:
            return first_offset(finding, "right")
        return self._display(finding, column).casefold()


class FindingsFilter(QSortFilterProxyModel):
    """Filters by verdict, by type ("facts" = everything but whole sentences) and by search text."""

    ALL_FACTS = "__facts__"
    ALL = "__all__"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds: set[FindingKind] = set(FindingKind)
        self._type = self.ALL_FACTS
        self._search = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_kinds(self, kinds: set[FindingKind]) -> None:
        with self._changing_filter():
            self._kinds = set(kinds)

    def kinds(self) -> set[FindingKind]:
        return set(self._kinds)

    def set_type(self, type_name: str) -> None:
        with self._changing_filter():
            self._type = type_name

    def set_search(self, text: str) -> None:
        with self._changing_filter():
            self._search = text.strip().casefold()

    @contextmanager
    def _changing_filter(self) -> Iterator[None]:
        # Qt 6.9 replaced invalidateFilter() (now deprecated) with begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            yield
            self.endFilterChange()
        else:  # pragma: no cover - Qt < 6.9
            yield
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source model sorts (fast, keys computed once); the proxy keeps its order.
        model = self.sourceModel()
        if isinstance(model, FindingsModel):
            model.sort(column, order)
        else:  # pragma: no cover - only FindingsModel is used
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, FindingsModel):
            return True
        finding = model.finding(source_row)
        if finding.kind not in self._kinds:
            return False
        if self._type == self.ALL_FACTS and finding.is_statement:
            return False
        if self._type not in (self.ALL_FACTS, self.ALL) and finding.type != self._type:
            return False
        if self._search:
            haystack = " ".join(
                (
                    span_text(finding, "left"),
                    span_text(finding, "right"),
                    finding.reason,
                    finding.type,
                    finding.note,
                )
            ).casefold()
            return self._search in haystack
        return True
