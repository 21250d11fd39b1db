"""The hint an empty article pane shows ("Drop an article here (.txt, .md, ...)"), wrapped.

Qt 6.11 paints a QTextEdit's placeholder text on one line only: in a laptop's 380-pixel pane the
list of formats was cut through the middle of its second line. The pane paints the hint itself,
wrapped over as many lines as it needs, in the placeholder colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QTextEdit


def paint_hint(edit: QTextEdit, text: str) -> None:
    """``text`` at the top of ``edit``'s empty viewport, inside the document's margin."""
    margin = round(edit.document().documentMargin())
    painter = QPainter(edit.viewport())
    painter.setFont(edit.document().defaultFont())
    painter.setPen(edit.palette().color(QPalette.ColorRole.PlaceholderText))
    area = edit.viewport().rect().adjusted(margin, margin, -margin, -margin)
    painter.drawText(area, Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text)
    painter.end()
