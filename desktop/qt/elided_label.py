"""A label that fits its width instead of widening the window: shorter forms, then an ellipsis.

A pane's headline is what tells a journalist which article is which. On a 1280x720 laptop the
headline shared one line with the side and the date, and "Azerbaijan's President Ilh…" and
"Russian Peacekeepers Ki…" were all that could be read. A headline label now wraps at word
boundaries onto ``max_lines`` lines (two, as a news site's card does) and only the last line is
cut, the full headline staying in the tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["ElidedLabel", "wrap_words"]


def wrap_words(
    text: str, advance: Callable[[str], int], width: int, max_lines: int
) -> tuple[list[str], str]:
    """``text`` broken at spaces into lines no wider than ``width`` (``advance`` measures), at
    most ``max_lines`` of them; returns the lines and what did not fit ("" when all did). A word
    wider than a whole line stays on its own line (the caller elides it)."""
    words = text.split()
    lines: list[str] = []
    line = ""
    for at, word in enumerate(words):
        candidate = f"{line} {word}" if line else word
        if not line or advance(candidate) <= width:
            line = candidate
            continue
        lines.append(line)
        if len(lines) == max_lines:
            return lines, " ".join(words[at:])
        line = word
    if line:
        lines.append(line)
    return lines, ""


class ElidedLabel(QLabel):
    """Text that shortens itself with an ellipsis instead of widening the window; the full
    text stays available as the tooltip. With ``max_lines`` above one it wraps first."""

    linesChanged = Signal(int)  # it wrapped onto more lines, or fewer: its height changed

    def __init__(self, text: str = "", parent: QWidget | None = None, max_lines: int = 1) -> None:
        super().__init__(parent)
        self._full = text
        self._shorter: tuple[str, ...] = ()
        self._max_lines = max(1, max_lines)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def setText(self, text: str) -> None:
        self.set_text(text)

    def set_text(self, text: str, shorter: Sequence[str] = ()) -> None:
        """``text``, or where it does not fit the first of the ``shorter`` forms that does (the
        last is elided if none fits): whole parts dropped rather than a part cut in half."""
        self._full = text
        self._shorter = tuple(shorter)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def shortest_text(self) -> str:
        """The last of the shorter forms this label gives way to before an ellipsis ("" when
        it has none: a hint that may be cut anywhere)."""
        return self._shorter[-1] if self._shorter else ""

    def shown_lines(self) -> list[str]:
        """The lines on screen now."""
        return super().text().split("\n")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.width())
        metrics = self.fontMetrics()
        if self._max_lines > 1 and not self._shorter and width > 0:  # 0: not laid out yet
            lines, rest = wrap_words(self._full, metrics.horizontalAdvance, width, self._max_lines)
            if rest:  # the last line takes the rest, cut: the headline's end is in the tooltip
                lines[-1] = f"{lines[-1]} {rest}"
            lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
            shown = "\n".join(lines)
            clipped = bool(rest) or any(line.endswith("…") for line in lines)
        else:
            fits = [
                t for t in (self._full, *self._shorter) if metrics.horizontalAdvance(t) <= width
            ]
            last = self._shorter[-1] if self._shorter else self._full
            shown = (
                fits[0] if fits else metrics.elidedText(last, Qt.TextElideMode.ElideRight, width)
            )
            clipped = shown != self._full
        before = super().text().count("\n")
        if shown != super().text():
            super().setText(shown)
            if shown.count("\n") != before:
                self.linesChanged.emit(shown.count("\n") + 1)
        if clipped and not self.toolTip():
            self.setToolTip(self._full)
