"""One article: a header (title, source, date, words), the read-only text and its overview strip.

The text itself (highlights, hover, drops, geometry) is ``desktop.qt.article_text.ArticleText``;
this module lays it out with the header and the strip and keeps the strip in step with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import AnalysedDocument, Side, TextRange
from desktop.qt.article_text import (
    COMPACT_MARGIN,
    DEFAULT_POINT_SIZE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    SUPPORTED_HINT,
    TEXT_MARGIN,
    ArticleText,
)
from desktop.qt.highlight import Highlight
from desktop.qt.overview_map import OverviewMap, marks_for
from desktop.qt.palette import Theme

__all__ = [
    "DEFAULT_POINT_SIZE",
    "MAX_POINT_SIZE",
    "MIN_POINT_SIZE",
    "SUPPORTED_HINT",
    "ArticlePane",
    "ArticleText",
    "ElidedLabel",
    "format_meta",
    "opening_words",
    "shorter_meta",
]


def format_meta(document: AnalysedDocument) -> str:
    """The header's second line: "left.txt · 2023-11-09 · 412 words"."""
    doc = document.document
    parts = [Path(doc.source).name or doc.source]
    if doc.date:
        parts.append(doc.date)
    if doc.byline:
        parts.append(doc.byline)
    parts.append(f"{doc.word_count:,} words")
    return "  ·  ".join(parts)


def shorter_meta(document: AnalysedDocument) -> tuple[str, ...]:
    """The header's details for a narrow pane, longest first, whole parts dropped: the word
    count, then the byline, then the file name. The date goes last: a reason may say "check
    which is more recent", and a date cut to "202…" cannot answer it."""
    doc = document.document
    name = Path(doc.source).name or doc.source
    kept = [part for part in (name, doc.date, doc.byline) if part]
    choices = ["  ·  ".join(kept), "  ·  ".join(kept[:2]), doc.date or name]
    return tuple(dict.fromkeys(choices))  # in order, without repeats


def opening_words(text: str, limit: int = 90) -> str:
    """The first words of ``text`` up to about ``limit`` characters, ending with an ellipsis."""
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words.rfind(" ", 0, limit)
    return words[: cut if cut > 0 else limit].rstrip(",;:") + "…"


class ElidedLabel(QLabel):
    """One line that shortens itself with an ellipsis instead of widening the window; the full
    text stays available as the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self._shorter: tuple[str, ...] = ()
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.width())
        metrics = self.fontMetrics()
        fits = [t for t in (self._full, *self._shorter) if metrics.horizontalAdvance(t) <= width]
        last = self._shorter[-1] if self._shorter else self._full
        shown = fits[0] if fits else metrics.elidedText(last, Qt.TextElideMode.ElideRight, width)
        super().setText(shown)
        if shown != self._full and not self.toolTip():
            self.setToolTip(self._full)


class ArticlePane(QWidget):
    """Header + text + overview strip for one side."""

    filesDropped = Signal(list)  # list[Path]
    highlightClicked = Signal(str)

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"{side.value}Pane")
        self.title = ElidedLabel()
        self.title.setObjectName("paneTitle")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.meta = ElidedLabel()
        self.meta.setObjectName("paneMeta")
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.side_label = QLabel("LEFT" if side is Side.LEFT else "RIGHT")
        self.side_label.setObjectName("paneSide")
        side_font = self.side_label.font()
        side_font.setPointSizeF(side_font.pointSizeF() * 0.8)
        side_font.setBold(True)
        side_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        self.side_label.setFont(side_font)
        self.side_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.text = ArticleText(self)
        self.text.setObjectName(f"{side.value}Text")
        self.overview = OverviewMap(self)

        header = QWidget(self)
        header.setObjectName("paneHeader")
        header.setAutoFillBackground(True)
        header.setBackgroundRole(QPalette.ColorRole.Window)
        # Two compact lines (side and details, then the headline): vertical space is for the text.
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(18, 6, 18, 6)
        header_layout.setSpacing(1)
        self._details = QHBoxLayout()
        self._details.setSpacing(10)
        self._details.addWidget(self.side_label)
        self._details.addWidget(self.meta, 1)
        header_layout.addLayout(self._details)
        header_layout.addWidget(self.title)
        self._header_layout = header_layout
        self._compact = False
        header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.text, 1)
        body.addWidget(self.overview)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        rule.setForegroundRole(QPalette.ColorRole.Mid)
        outer.addWidget(rule)
        outer.addLayout(body, 1)

        self.text.filesDropped.connect(self.filesDropped)
        self.text.highlightClicked.connect(self.highlightClicked)
        self.text.verticalScrollBar().valueChanged.connect(self._update_overview_view)
        # Layout changes come in bursts (text set, rewrap, scroll range): recompute the strip once.
        self._overview_timer = QTimer(self)
        self._overview_timer.setSingleShot(True)
        self._overview_timer.setInterval(0)
        self._overview_timer.timeout.connect(self._refresh_overview)
        self.text.verticalScrollBar().rangeChanged.connect(self._overview_timer.start)
        self.overview.jumpRequested.connect(self.text.scroll_to_fraction)
        self.clear()

    def clear(self, message: str = "") -> None:
        self.title.setText("No article yet")
        self.meta.setText(message or f"Drop a file here ({SUPPORTED_HINT}) or use File › Open")
        self.text.set_content("", [], [])
        self._shared: list[TextRange] = []
        self.overview.set_marks([])
        self.overview.set_shared([])

    def set_document(self, document: AnalysedDocument, highlights: Sequence[Highlight]) -> None:
        doc = document.document
        if doc.title:
            self.title.setText(doc.title)
            self.title.setToolTip(f"{doc.title}\n{doc.source}")
        else:
            # No headline was found: the opening words identify an article better than "left".
            words = opening_words(doc.text, 160)
            self.title.setText(words or Path(doc.source).name)
            self.title.setToolTip(f"No headline found; the article begins:\n{words}")
        self.meta.set_text(format_meta(document), shorter_meta(document))
        self.meta.setToolTip(doc.source)
        self.text.set_content(doc.text, highlights, document.mentions)
        self._overview_timer.start()

    def set_compact(self, compact: bool) -> None:
        """A laptop screen: the headline moves up beside the side label (one header line, not
        two) and the text's margin narrows, for two more lines of article."""
        if compact == self._compact:
            return
        self._compact = compact
        if compact:
            self._header_layout.removeWidget(self.title)
            self._details.insertWidget(1, self.title, 5)  # the headline names the article
            self._details.setStretchFactor(self.meta, 2)
        else:
            self._details.removeWidget(self.title)
            self._header_layout.addWidget(self.title)
            self._details.setStretchFactor(self.meta, 1)
        self.text.document().setDocumentMargin(COMPACT_MARGIN if compact else TEXT_MARGIN)

    def set_theme(self, theme: Theme) -> None:
        self.text.set_theme(theme)
        self.overview.set_theme(theme)

    def flash(self, start: int, end: int, theme: Theme, ms: int = 900) -> None:
        self.text.layers.set_layer(
            "flash", 30, [(start, end, theme.flash_format())], clear_after_ms=ms
        )

    def refresh_overview(self) -> None:
        """After the highlights changed (a link added or removed): redraw the strip soon."""
        self._overview_timer.start()

    def set_shared(self, ranges: Sequence[TextRange]) -> None:
        """The passages this article shares with the other (agency copy), for the strip."""
        self._shared = list(ranges)
        self._overview_timer.start()

    def _refresh_overview(self) -> None:
        self.overview.set_marks(marks_for(self.text.highlights(), self.text.offset_fraction))
        fraction = self.text.offset_fraction
        self.overview.set_shared([(fraction(r.start), fraction(r.end)) for r in self._shared])
        self._update_overview_view()

    def _update_overview_view(self) -> None:
        self.overview.set_visible_region(*self.text.visible_fraction())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Rewrapping moves every line: the strip's fractions must follow.
        self._overview_timer.start()
