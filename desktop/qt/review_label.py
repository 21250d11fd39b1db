"""The Review column's label at any width: the model keeps the full label ("? Disputed") as its
DisplayRole for tests, exports and screen readers; this delegate paints what fits the column.

In the side panel of a 1280x720 laptop the column is narrower than the bold "✓ Confirmed", and
Qt's elision cut the word ("? Disput…"), the part a journalist reads. When any review's whole
label would not fit, every row shows its word alone (it says what the mark says), so the column
reads alike from row to row; only when even a word would not fit (a column dragged narrow) are
the marks shown alone. The cell's tooltip names the review in full (``FindingsModel``).

That side panel also hides the Note column, so a finding still open but carrying a note showed a
blank cell: reopening a saved comparison, nothing said which findings held the journalist's notes
until each row was clicked. Such a cell now reads "✎ Note" (in the column's form). A reviewed
finding with a note out of sight reads both: "Confirmed ✎" (the column widens for the mark).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from desktop.core.model import ReviewStatus
from desktop.qt.findings_model import Column
from desktop.qt.review import status_text

__all__ = [
    "NOTE_LABEL",
    "NOTE_MARK",
    "LabelForm",
    "ReviewLabelDelegate",
    "label_form",
    "shown_label",
]

# An open finding's label when it has a note and the Note column is hidden; shorter than every
# review label, so it never changes the form the column takes.
NOTE_LABEL = "✎ Note"
# Appended to a review's label when the finding also holds a note the hidden Note column would
# have shown: "Confirmed ✎" says both what was decided and that a note explains it.
NOTE_MARK = " ✎"

# Every label the column can show: an open finding's cell is blank.
REVIEW_LABELS = tuple(status_text(s) for s in ReviewStatus if s is not ReviewStatus.OPEN)


class LabelForm(Enum):
    WHOLE = "whole"  # "✓ Confirmed"
    WORD = "word"  # "Confirmed"
    MARK = "mark"  # "✓"


def shown_label(label: str, form: LabelForm) -> str:
    """``label`` ("✓ Confirmed") in ``form``."""
    mark, _, word = label.partition(" ")
    if form is LabelForm.WHOLE or not word:
        return label
    return word if form is LabelForm.WORD else mark


def label_form(labels: Iterable[str], advance: Callable[[str], int], room: int) -> LabelForm:
    """The fullest form in which every one of ``labels`` fits ``room`` pixels unclipped;
    ``advance`` measures a text."""
    labels = tuple(labels)
    for form in (LabelForm.WHOLE, LabelForm.WORD):
        if all(advance(shown_label(label, form)) <= room for label in labels):
            return form
    return LabelForm.MARK


class ReviewLabelDelegate(QStyledItemDelegate):
    """Paints the Review column's labels in the form its width allows (the module docstring)."""

    def shown_text(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> str:
        """The text a cell of ``option.rect``'s width shows for ``index``."""
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        return self._shown(styled, index)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        styled.text = self._shown(styled, index)
        widget = styled.widget
        if widget is None:  # pragma: no cover - a table always paints its own cells
            super().paint(painter, option, index)
            return
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, styled, painter, widget)

    def _shown(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> str:
        label = self._label(option, index)
        if label == NOTE_LABEL or not label or not self._note_hidden(option, index):
            return shown_label(label, self._form(option))
        # Reviewed and noted: the mark keeps its room, the label takes the form the rest allows.
        bold = QFont(option.font)
        bold.setBold(True)
        mark = QFontMetrics(bold).horizontalAdvance(NOTE_MARK)
        return shown_label(label, self._form(option, mark)) + NOTE_MARK

    @staticmethod
    def _note_hidden(
        option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """The finding holds a note and the table hides the Note column that would show it."""
        table = option.widget
        return (
            isinstance(table, QTableView)
            and table.isColumnHidden(Column.NOTE)
            and bool(index.sibling(index.row(), Column.NOTE).data())
        )

    @classmethod
    def _label(
        cls, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> str:
        """The review's label, or NOTE_LABEL for an open finding whose note is out of sight."""
        if not option.text and cls._note_hidden(option, index):
            return NOTE_LABEL
        return str(option.text)

    @staticmethod
    def _form(option: QStyleOptionViewItem, reserved: int = 0) -> LabelForm:
        # Measured in bold, the widest a review is drawn, so every row of a column takes one form.
        bold = QFont(option.font)
        bold.setBold(True)
        # The style insets an item's text by its focus-frame margin plus one pixel on each side.
        widget = option.widget
        margin = (
            0
            if widget is None
            else widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget)
        )
        room = option.rect.width() - 2 * (margin + 1) - reserved
        return label_form(REVIEW_LABELS, QFontMetrics(bold).horizontalAdvance, room)
