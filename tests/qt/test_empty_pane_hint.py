"""An empty article pane on a laptop screen tells the whole of what it accepts: the hint
"Drop an article here (.txt, .md, .html, .docx or .pdf)" wraps onto a second line in a narrow
pane instead of being cut through the middle of it, and stays on one line where it fits."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from desktop.core.model import Side
from desktop.qt.article_text import SUPPORTED_HINT, ArticleText
from desktop.qt.main_window import MainWindow


def _lowest_ink(edit: ArticleText) -> int:
    """The lowest pixel row of the viewport with anything darker than its background."""
    image: QImage = edit.viewport().grab().toImage()
    background = image.pixelColor(image.width() - 3, image.height() - 3).lightness()
    lowest = -1
    for y in range(min(image.height(), 12 * edit.fontMetrics().lineSpacing())):
        for x in range(0, image.width() - 20, 2):
            if QColor(image.pixelColor(x, y)).lightness() < background - 60:
                lowest = y
                break
    return lowest


def test_a_narrow_empty_pane_shows_its_whole_hint_on_two_lines(qtbot, window: MainWindow) -> None:
    window.resize(1280, 720)
    qtbot.wait(50)
    text = window.view.text(Side.LEFT)
    hint = f"Drop an article here ({SUPPORTED_HINT})"
    assert text.placeholderText() == hint
    assert text.fontMetrics().horizontalAdvance(hint) > text.viewport().width()  # must wrap
    line = text.fontMetrics().lineSpacing()
    margin = round(text.document().documentMargin())
    # Ink reaches well into the second line, not just its ascenders under a one-line clip.
    assert _lowest_ink(text) >= margin + 1.7 * line


def test_a_wide_empty_pane_keeps_its_hint_on_one_line(qtbot, window: MainWindow) -> None:
    window.resize(1920, 1080)
    qtbot.wait(50)
    text = window.view.text(Side.LEFT)
    hint = text.placeholderText()
    assert text.fontMetrics().horizontalAdvance(hint) < text.viewport().width()
    line = text.fontMetrics().lineSpacing()
    margin = round(text.document().documentMargin())
    assert 0 <= _lowest_ink(text) < margin + 1.2 * line
