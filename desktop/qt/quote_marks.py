"""Quotes and shared agency copy in the article panes and the link map.

Quoted words get their own ink and a hover label naming the speaker; the words a misquote
changed get the conflict mark, as do the two speakers' names of a misattribution; a passage both
articles reprint gets a quiet wash and its own band colour in the link map. The ranges come from
``desktop.qt.quote_rows`` (pure); this object only paints them as layers of each pane, beside
the layers ``ComparisonView`` paints, and repaints them when the theme changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette, QTextCharFormat

from desktop.core.model import FindingKind, Quote, Report, Side, TextRange
from desktop.qt.comparison_view import ComparisonView
from desktop.qt.palette import Theme
from desktop.qt.prepared import report_quote_rows
from desktop.qt.quote_rows import (
    QuoteRow,
    changed_ranges,
    line_ranges,
    quote_at,
    quote_ranges,
    speaker_label,
)

# Layer names and priorities beside ComparisonView's (sentences 0, quotes 1, wording 3, details
# 5, findings 10, current 20, flash 30). The shared wash lies above the sentence tints: inside
# agency copy "corroborated" is not what the reader should see first. A misquote's changed words
# lie above the current finding's solid chip, so they show on a selected quote too.
SHARED_LAYER, SHARED_PRIORITY = "shared", 2
INK_LAYER, INK_PRIORITY = "quoteInk", 2
SPEAKER_LAYER, SPEAKER_PRIORITY = "quoteSpeakers", 12
CHANGES_LAYER, CHANGES_PRIORITY = "quoteChanges", 25

SHARED_NOTE = "Same agency copy as the"


def shared_ranges(report: Report, side: Side) -> list[TextRange]:
    """Each shared passage on one side, line by line without the white space around: a paragraph
    break inside a passage would otherwise paint a stray block on the blank line."""
    text = report.document(side).document.text
    return [
        line
        for passage in report.shared_passages
        for r in (passage.left if side is Side.LEFT else passage.right,)
        for line in line_ranges(text, r.start, r.end)
    ]


def conflict_speakers(rows: list[QuoteRow], side: Side) -> list[TextRange]:
    """The speakers' names of each misattributed quote on one side."""
    out = []
    for row in rows:
        quote = row.quote(side)
        if (
            row.verdict == "Attributed differently"
            and quote is not None
            and quote.speaker_start is not None
            and quote.speaker_end is not None
            and quote.speaker_end > quote.speaker_start
        ):
            out.append(TextRange(quote.speaker_start, quote.speaker_end))
    return out


class QuoteMarks(QObject):
    """Paints the quotes and shared passages of the view's report; ``show`` after each report."""

    def __init__(self, view: ComparisonView) -> None:
        super().__init__(view)
        self._view = view
        self._report: Report | None = None
        self._rows: list[QuoteRow] = []
        self._quotes: dict[Side, tuple[Quote, ...]] = {Side.LEFT: (), Side.RIGHT: ()}
        for side in Side:
            view.text(side).quote_label = lambda offset, s=side: self.label_at(s, offset)
        view.conflictsHeldChanged.connect(self._on_held)
        view.installEventFilter(self)  # a dark/light switch repaints with the new colours

    def show(self, report: Report | None) -> None:
        self._report = report
        self._rows = [] if report is None else report_quote_rows(report)
        for side in Side:
            quotes = () if report is None else (q for q in report.quotes if q.side is side)
            self._quotes[side] = tuple(sorted(quotes, key=lambda q: q.start))
        self.paint()

    def rows(self) -> list[QuoteRow]:
        return list(self._rows)

    def label_at(self, side: Side, offset: int) -> str | None:
        """The hover line at a text offset: who is quoted there ("Quoted: Ivan Petrov"), and
        whether the words are agency copy the other article prints too."""
        quote = quote_at(self._quotes[side], offset)
        lines = [] if quote is None else [speaker_label(quote)]
        report = self._report
        if report is not None and any(
            r.contains(offset)
            for r in (p.left if side is Side.LEFT else p.right for p in report.shared_passages)
        ):
            lines.append(f"{SHARED_NOTE} {side.other.value} article: not independent")
        return " · ".join(lines) or None

    def paint(self) -> None:
        view, report = self._view, self._report
        theme = Theme.current(view.palette())
        # Held-back conflicts (different events) are not painted; neither are their details.
        rows = [
            r for r in self._rows if not (view.conflicts_held and r.kind is FindingKind.CONFLICT)
        ]
        for side in Side:
            layers = view.text(side).layers
            # One merge per pane for the four layers, not four.
            with layers.batch():
                if report is None:
                    for name in (SHARED_LAYER, INK_LAYER, SPEAKER_LAYER, CHANGES_LAYER):
                        layers.clear_layer(name)
                    view.panes[side].set_shared([])
                    continue
                view.panes[side].set_shared(
                    [p.left if side is Side.LEFT else p.right for p in report.shared_passages]
                )
                text_colour = view.text(side).palette().color(QPalette.ColorRole.Text)
                shared = theme.shared_format()
                ink = theme.quote_format()
                change = theme.change_format(text_colour)
                speaker = QTextCharFormat(theme.finding_format(FindingKind.CONFLICT))
                layers.set_layer(
                    SHARED_LAYER,
                    SHARED_PRIORITY,
                    [(r.start, r.end, shared) for r in shared_ranges(report, side)],
                )
                layers.set_layer(
                    INK_LAYER,
                    INK_PRIORITY,
                    [(r.start, r.end, ink) for q in self._quotes[side] for r in quote_ranges(q)],
                )
                layers.set_layer(
                    SPEAKER_LAYER,
                    SPEAKER_PRIORITY,
                    [(r.start, r.end, speaker) for r in conflict_speakers(rows, side)],
                )
                layers.set_layer(
                    CHANGES_LAYER,
                    CHANGES_PRIORITY,
                    [
                        (r.start, r.end, change)
                        for row in rows
                        for r in changed_ranges(row, side)
                        if r.end > r.start
                    ],
                )
        view.link_map.set_shared(() if report is None else report.shared_passages)

    def _on_held(self, _held: bool) -> None:
        self.paint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.PaletteChange:
            self.paint()
        return super().eventFilter(watched, event)

    def show_quote(self, left_start: int, right_start: int) -> None:
        """Bring a quote the engine did not compare into view on each side that has it; the
        other article shows the place that matches it, where the quote would be."""
        view = self._view
        found = {
            side: quote_at(self._quotes[side], start) if start >= 0 else None
            for side, start in ((Side.LEFT, left_start), (Side.RIGHT, right_start))
        }
        with view.sync.suspend():
            for side, quote in found.items():
                there = found[side.other]
                if quote is not None:
                    view.text(side).scroll_to_offset(quote.start)
                    view.panes[side].flash(quote.start, quote.end, Theme.current(view.palette()))
                elif there is not None:
                    offset = view.sync.counterpart(side.other, there.start)
                    view.text(side).scroll_to_offset(offset)
