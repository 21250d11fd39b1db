"""The findings table's Left and Right cells: a conflict's value too long for its column is cut in
the middle.

In the side panel of a 1280x720 laptop each value column is ~80 px, and Qt's default elision cut
a conflict's two names at their ends: "Ivan Kovg…" against "Ivan Petro…", the very letters that
differ gone, so the conflict could not be read without opening it. Two values of one fact differ
at their start ("12 soldiers" / "10 soldiers"), at their end (a surname, a year) or both; a cut
in the middle keeps both ends ("Ivan…vgan" / "Ivan …etrov"). The cell's tooltip gives the whole
value (``FindingsModel``).

Only a conflict is cut so: a value said by one side alone, or said alike by both, is read, not
compared, and reads best from its start ("Crawford Co…", where the middle cut gave "Cra…nty" on a
real pair). A whole sentence still reads from its start too: its first words say which sentence
it is, its middle would say nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from desktop.core.model import FindingKind
from desktop.qt.findings_model import KIND_ROLE, Column

__all__ = ["SENTENCE_TYPE", "ValueElideDelegate", "install_value_elision"]

SENTENCE_TYPE = "sentence"  # the Type column's word for a whole-sentence finding


class ValueElideDelegate(QStyledItemDelegate):
    """Cuts a conflict's value in the middle, anything else at its end (the module docstring)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        compared = index.data(KIND_ROLE) == FindingKind.CONFLICT.value
        sentence = index.sibling(index.row(), Column.TYPE).data() == SENTENCE_TYPE
        option.textElideMode = (
            Qt.TextElideMode.ElideMiddle
            if compared and not sentence
            else Qt.TextElideMode.ElideRight
        )


def install_value_elision(table: QTableView) -> ValueElideDelegate:
    """Give ``table``'s Left and Right columns the delegate; the table keeps it as its child."""
    delegate = ValueElideDelegate(table)
    for column in (Column.LEFT, Column.RIGHT):
        table.setItemDelegateForColumn(column, delegate)
    return delegate
