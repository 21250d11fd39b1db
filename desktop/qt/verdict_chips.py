"""The verdict filter chips' look: filled with the verdict's tint when its findings are shown, an
empty dashed outline, grey struck-out text and an empty swatch when they are hidden.

Split out of ``findings_dock`` (handover58) so the dock keeps room under the 500-line limit; the
Quotes tab's conflict icon uses the same swatch (``chip_icon``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QToolButton

from desktop.core.model import FindingKind
from desktop.core.results.palette import KIND_LABELS
from desktop.qt.palette import Theme


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
