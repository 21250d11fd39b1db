"""A non-blocking message strip above the articles (e.g. "a source file changed since saving")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


def style_as_message_strip(frame: QFrame) -> None:
    """The look every strip above the articles shares: the palette's tooltip colours, a frame."""
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    frame.setForegroundRole(QPalette.ColorRole.ToolTipText)


def hide_button(strip: QFrame) -> QToolButton:
    """The strip's own ✕: hides it until the next message."""
    button = QToolButton()
    button.setText("✕")
    button.setAutoRaise(True)
    button.setToolTip("Hide this message")
    button.clicked.connect(strip.hide)
    return button


class InfoBar(QFrame):
    """A non-blocking message above the articles, with an optional action (e.g. "Re-run")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        style_as_message_strip(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.action_button = QPushButton()
        self.close_button = hide_button(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, action: str = "") -> None:
        self.label.setText(text)
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))
        self.show()
