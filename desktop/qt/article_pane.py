"""One article: a header (title, source, date, words), the read-only text and its overview strip.

The text itself (highlights, hover, drops, geometry) is ``desktop.qt.article_text.ArticleText``;
this module lays it out with the header and the strip and keeps the strip in step with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import AnalysedDocument, Document, Side, TextRange
from desktop.qt.article_text import (
    COMPACT_MARGIN,
    DEFAULT_POINT_SIZE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    SUPPORTED_HINT,
    TEXT_MARGIN,
    ArticleText,
)
from desktop.qt.elided_label import ElidedLabel
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
    "left_out_line",
    "level_headers",
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


def left_out_line(doc: Document) -> str:
    """The line under a cut article's text: what is shown and how much of the file is not.
    Empty for an article compared whole."""
    if doc.omitted_words <= 0:
        return ""
    shown = doc.word_count
    return (
        f"Very long article: its first {shown:,} words were compared and are shown; "
        f"the {doc.omitted_words:,} words after them were left out."
    )


def shorter_meta(document: AnalysedDocument) -> tuple[str, ...]:
    """The header's details for a narrow pane, longest first, whole parts dropped: the word
    count, then the byline, then the file name. The date goes last: a reason may say "check
    which is more recent", and a date cut to "202…" cannot answer it."""
    doc = document.document
    name = Path(doc.source).name or doc.source
    kept = [part for part in (name, doc.date, doc.byline) if part]
    choices = ["  ·  ".join(kept), "  ·  ".join(kept[:2]), doc.date or name]
    return tuple(dict.fromkeys(choices))  # in order, without repeats


def level_headers(panes: Iterable[ArticlePane]) -> None:
    """Give every pane's header the height of the tallest, so both texts start at the same
    height and the link map's bands run straight (one headline may wrap, the other not)."""
    panes = list(panes)
    headers = [pane.header for pane in panes]
    for header in headers:
        header.setMinimumHeight(0)
        # A headline just unwrapped: the layouts' cached size hints are stale until invalidated.
        for layout in header.findChildren(QLayout):
            layout.invalidate()
    tallest = max((header.sizeHint().height() for header in headers), default=0)
    for pane in panes:
        pane.header.setMinimumHeight(tallest)
        outer = pane.layout()
        if outer is not None:
            outer.activate()  # now, not at the next layout pass: the texts start level at once


def opening_words(text: str, limit: int = 90) -> str:
    """The first words of ``text`` up to about ``limit`` characters, ending with an ellipsis."""
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words.rfind(" ", 0, limit)
    return words[: cut if cut > 0 else limit].rstrip(",;:") + "…"


QWIDGETSIZE_MAX = 16777215  # Qt's "no maximum width"
# The headline's size against the text's, and the header's top and bottom margin: roomy on a big
# screen; on a laptop (compact) smaller and tighter, so a headline on two lines still leaves the
# 25 lines of article that test_laptop_screens asks at 1280x720.
TITLE_SCALE = 1.25
COMPACT_TITLE_SCALE = 1.1
HEADER_MARGIN = 6
COMPACT_HEADER_MARGIN = 2

# A headline wraps onto this many lines before its end is cut. A one-line headline keeps a
# one-line header (a laptop keeps its 25 lines of article); the view levels the two headers.
TITLE_LINES = 2


class ArticlePane(QWidget):
    """Header + text + overview strip for one side."""

    filesDropped = Signal(list)  # list[Path]
    headerChanged = Signal()  # its headline took more lines or fewer: level the headers again
    highlightClicked = Signal(str)

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"{side.value}Pane")
        # Two lines: the headline tells the journalist which article is which (elided_label).
        self.title = ElidedLabel(max_lines=TITLE_LINES)
        self.title.setObjectName("paneTitle")
        self._title_base = self.title.font().pointSizeF()
        self._set_title_scale(TITLE_SCALE)
        self.title.linesChanged.connect(self.headerChanged)
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
        self.header = header
        header.setObjectName("paneHeader")
        header.setAutoFillBackground(True)
        header.setBackgroundRole(QPalette.ColorRole.Window)
        # Two compact lines (side and details, then the headline): vertical space is for the text.
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(18, HEADER_MARGIN, 18, HEADER_MARGIN)
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
        # A very long article is compared (and shown) only in part: this line under the text says
        # how much was left out, so the end of the text is not taken for the article's end.
        self.cut_note = QLabel(self)
        self.cut_note.setObjectName(f"{side.value}CutNote")
        self.cut_note.setWordWrap(True)
        self.cut_note.setContentsMargins(18, 4, 18, 4)
        self.cut_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.cut_note.hide()
        outer.addWidget(self.cut_note)

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
        self.cut_note.hide()
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
        self._fit_meta()
        self.text.set_content(doc.text, highlights, document.mentions)
        self.cut_note.setText(left_out_line(doc))
        self.cut_note.setVisible(doc.omitted_words > 0)
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
            # The details keep the width of their shortest form, the date (_fit_meta): the
            # headline takes the rest of the line.
            self._details.setStretchFactor(self.meta, 2)
        else:
            self._details.removeWidget(self.title)
            self._header_layout.addWidget(self.title)
            self._details.setStretchFactor(self.meta, 1)
        self.text.document().setDocumentMargin(COMPACT_MARGIN if compact else TEXT_MARGIN)
        self._fit_meta()
        # A two-line headline in a smaller size and tighter margins costs a laptop no line of text.
        self._set_title_scale(COMPACT_TITLE_SCALE if compact else TITLE_SCALE)
        margin = COMPACT_HEADER_MARGIN if compact else HEADER_MARGIN
        self._header_layout.setContentsMargins(18, margin, 18, margin)

    def _set_title_scale(self, scale: float) -> None:
        font = self.title.font()
        font.setPointSizeF(self._title_base * scale)
        font.setBold(True)
        self.title.setFont(font)
        self.title.set_text(self.title.full_text())  # re-fit in the new size

    def _fit_meta(self) -> None:
        """In a compact header the details are exactly as wide as their shortest form, the date
        (a range let the wrapped headline's size hint push the date out of the pane)."""
        shortest = self.meta.shortest_text() if self._compact else ""
        if shortest:
            self.meta.setFixedWidth(self.meta.fontMetrics().horizontalAdvance(shortest) + 2)
        else:
            self.meta.setMinimumWidth(0)
            self.meta.setMaximumWidth(QWIDGETSIZE_MAX)

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
