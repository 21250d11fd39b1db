"""The findings table's verdict column width, measured on one row per verdict label.

``QTableView.sizeHintForColumn`` asks the delegate for every row it samples (up to a thousand), each
a round of ``data()`` calls; the verdict column holds only a handful of distinct labels, all with the
same swatch, so the widest of those labels' rows is the same width for a fraction of the work.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QTableView

from desktop.qt.findings_model import Column, FindingsModel


def verdict_width(table: QTableView, model: FindingsModel, proxy: QSortFilterProxyModel) -> int:
    """What ``table.sizeHintForColumn(Column.KIND)`` answers, from one shown row per label (a
    label whose rows the filter hides all is not measured, as Qt measures only shown rows)."""
    widest = 0
    for rows in model.verdict_rows():
        for row in rows:
            index = proxy.mapFromSource(model.index(row, Column.KIND))
            if index.isValid() and not table.isRowHidden(index.row()):
                widest = max(widest, table.sizeHintForIndex(index).width())
                break
    # Qt adds the grid line to a column's content width.
    return widest + 1 if widest and table.showGrid() else widest
