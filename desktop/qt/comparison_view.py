"""The two articles side by side: summary line and legend, [pane | link map | pane], navigation.

Everything it shows comes from the ``Report``; the pure helpers (``summary_text``, ``conflict_order``,
``describe_finding``) carry the decisions so tests can check them without pixels.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.core.model import (
    Finding,
    FindingKind,
    Report,
    ReviewStatus,
    Side,
    Span,
    Summary,
    TextRange,
)
from desktop.core.palette import KIND_LABELS
from desktop.core.review import USER_ORIGIN, trim
from desktop.qt.article_pane import SUPPORTED_HINT, ArticlePane, ArticleText
from desktop.qt.highlight import Highlight, highlights_for, is_sentence_like
from desktop.qt.legend import Legend
from desktop.qt.link_map import LinkMap, conflict_links, pair_kinds
from desktop.qt.palette import Theme
from desktop.qt.review import STATUS_LABELS
from desktop.qt.scroll_sync import ScrollSync

COUNT_WORDS = (
    (FindingKind.AGREE, "corroborated", "corroborated"),
    (FindingKind.CONFLICT, "conflict", "conflicts"),
    (FindingKind.LEFT_ONLY, "only left", "only left"),
    (FindingKind.RIGHT_ONLY, "only right", "only right"),
)


def summary_text(summary: Summary) -> str:
    """The summary line: "14 corroborated, 2 conflicts, 9 only left, 6 only right; likely the same
    event"."""
    parts = []
    for kind, one, many in COUNT_WORDS:
        n = summary.counts.get(kind.value, 0)
        parts.append(f"{n} {one if n == 1 else many}")
    text = ", ".join(parts)
    verdict = summary.verdict.strip()
    if verdict.startswith(text):
        # The engine's verdict may already lead with the counts: do not say them twice.
        verdict = verdict[len(text) :].lstrip(" ;,")
    return f"{text}; {verdict}" if verdict else text


def position(finding: Finding) -> tuple[int, int]:
    """Reading order: by the left article where the finding appears there, else by the right."""
    if finding.left:
        return (min(s.start for s in finding.left), 0)
    return (min((s.start for s in finding.right), default=0), 1)


def conflict_order(report: Report) -> list[str]:
    """Conflict ids in reading order, the sequence next/previous conflict walks."""
    conflicts = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    return [f.id for f in sorted(conflicts, key=position)]


def describe_finding(finding: Finding) -> str:
    """Tooltip HTML: the verdict, both sides' wording, the reason."""

    def side(spans: Sequence[object], name: str) -> str:
        texts = dict.fromkeys(" ".join(getattr(s, "text", "").split()) for s in spans)
        shown = " / ".join(f"“{html.escape(t)}”" for t in texts if t)
        return f"<b>{name}:</b> {shown or '<i>not mentioned</i>'}"

    kind_type = "sentence" if finding.is_statement else finding.type
    review = ""
    if finding.status is not ReviewStatus.OPEN:
        review = f"<br><b>{STATUS_LABELS[finding.status]}</b> by the reviewer"
    if finding.note:
        review += f"<br><b>Note:</b> {html.escape(finding.note)}"
    confidence = (
        "added by the reviewer"
        if finding.origin == USER_ORIGIN
        else f"confidence {finding.confidence:.0%}"
    )
    return (
        f"<p style='white-space:pre-wrap'><b>{KIND_LABELS[finding.kind]}</b> · {html.escape(kind_type)}"
        f"<br>{side(finding.left, 'Left')}<br>{side(finding.right, 'Right')}"
        f"<br>{html.escape(finding.reason)}{review}"
        f"<br><small>{confidence} · click to show in the other article · right-click to review</small></p>"
    )


class ComparisonView(QWidget):
    findingActivated = Signal(str)  # clicked or navigated to: the window selects it in the table
    filesDropped = Signal(object, list)  # Side | None (None: both sides), list[Path]
    message = Signal(str)  # short status-bar text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = Theme.current()
        self.report: Report | None = None
        self.current_id: str | None = None
        self._highlights: dict[Side, list[Highlight]] = {Side.LEFT: [], Side.RIGHT: []}
        self._conflicts: list[str] = []

        self.summary = QLabel("Comparing…")
        self.summary.setObjectName("summaryLine")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.legend = Legend(self)

        top = QWidget(self)
        top.setObjectName("summaryBar")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(12, 6, 12, 4)
        top_layout.setSpacing(2)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.legend)

        self.panes = {Side.LEFT: ArticlePane(Side.LEFT), Side.RIGHT: ArticlePane(Side.RIGHT)}
        self.link_map = LinkMap()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("articleSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.panes[Side.LEFT])
        self.splitter.addWidget(self.link_map)
        self.splitter.addWidget(self.panes[Side.RIGHT])
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        body = QHBoxLayout()
        body.addWidget(self.splitter)
        layout.addLayout(body, 1)

        left, right = self.text(Side.LEFT), self.text(Side.RIGHT)
        self.sync = ScrollSync(left, right, self)
        self.link_map.set_geometry_source(
            lambda r: self._span_y(Side.LEFT, r),
            lambda r: self._span_y(Side.RIGHT, r),
            self._text_top,
            self._visible_ranges,
        )
        for side, pane in self.panes.items():
            pane.text.describe = self._describe
            pane.highlightClicked.connect(lambda fid, s=side: self._on_clicked(s, fid))
            pane.filesDropped.connect(lambda paths, s=side: self._on_pane_drop(s, paths))
            pane.text.verticalScrollBar().valueChanged.connect(self.link_map.update)
        self._apply_theme()

    # -- data ----------------------------------------------------------------------------------

    def text(self, side: Side) -> ArticleText:
        return self.panes[side].text

    def highlights(self, side: Side) -> list[Highlight]:
        return list(self._highlights[side])

    def set_report(self, report: Report) -> None:
        self.report = report
        self.current_id = None
        self._conflicts = conflict_order(report)
        for side, pane in self.panes.items():
            self._highlights[side] = highlights_for(report, side)
            pane.set_document(report.document(side), self._highlights[side])
        self._paint_findings()
        self.link_map.set_pairs(report.alignment, pair_kinds(report), conflict_links(report))
        self.sync.set_pairs(report.alignment)
        self.summary.setText(summary_text(report.summary))
        self.summary.setToolTip(
            f"Same-event score {report.summary.same_event_score:.0%}, "
            f"corroboration {report.summary.corroboration:.0%}"
        )
        self._align_headers()

    def update_review(self, report: Report) -> None:
        """A review edit on the same texts: repaint statuses and links, keep scroll positions."""
        self.report = report
        self._conflicts = conflict_order(report)
        if self.current_id is not None and report.finding(self.current_id) is None:
            self.current_id = None  # a removed link
        for side, pane in self.panes.items():
            self._highlights[side] = highlights_for(report, side)
            pane.text.set_highlights(self._highlights[side])
            pane.refresh_overview()
        self._paint_findings()
        self.link_map.set_pairs(report.alignment, pair_kinds(report), conflict_links(report))

    def selected_span(self, side: Side) -> Span | None:
        """The words selected in one pane as a report span (Python offsets, white space trimmed),
        or None when nothing (or only white space) is selected."""
        if self.report is None:
            return None
        picked = self.text(side).selected_range()
        if picked is None:
            return None
        text = self.report.document(side).document.text
        start, end = trim(text, *picked)
        if start >= end:
            return None
        return Span(start, end, text[start:end])

    def clear_selections(self) -> None:
        for side in Side:
            self.text(side).clear_selection()

    def set_placeholder(self, left: Path | None, right: Path | None, message: str) -> None:
        """Before the first report: show which files are coming and what is happening."""
        self.summary.setText(message)
        for side, path in ((Side.LEFT, left), (Side.RIGHT, right)):
            if self.report is None:
                pane = self.panes[side]
                pane.title.setText(path.name if path else "No article yet")
                pane.meta.setText("Reading…" if path else "Drop a file here or use File › Open")
                pane.text.setPlaceholderText(
                    "Reading and comparing the articles…"
                    if left and right
                    else f"Drop an article here ({SUPPORTED_HINT})"
                )

    def _paint_findings(self) -> None:
        for side in Side:
            text = self.report.document(side).document.text if self.report else ""
            tints = []
            details = []
            entities = []
            for h in self._highlights[side]:
                dismissed = h.status is ReviewStatus.DISMISSED
                if not h.statement:
                    fmt = self.theme.format_for("finding", h.kind, dismissed)
                    entities.append((h.start, h.end, fmt))
                elif is_sentence_like(text[h.start : h.end]):
                    fmt = self.theme.format_for("statement", h.kind, dismissed)
                    tints.append((h.start, h.end, fmt))
                else:
                    fmt = self.theme.format_for("detail", h.kind, dismissed)
                    details.append((h.start, h.end, fmt))
            layers = self.text(side).layers
            layers.set_layer("sentences", 0, tints)
            layers.set_layer("details", 5, details)
            layers.set_layer("findings", 10, entities)
            self.panes[side].set_theme(self.theme)
        self._paint_current()

    def _paint_current(self) -> None:
        finding = self._finding(self.current_id)
        for side in Side:
            layers = self.text(side).layers
            if finding is None or finding.is_statement:
                layers.clear_layer("current")
                continue
            fmt = self.theme.current_format(finding.kind)
            layers.set_layer("current", 20, [(s.start, s.end, fmt) for s in finding.spans(side)])

    # -- navigation ----------------------------------------------------------------------------

    def conflicts(self) -> list[str]:
        return list(self._conflicts)

    def next_conflict(self, step: int = 1) -> str | None:
        if not self._conflicts:
            self.message.emit("No conflicts between these articles.")
            return None
        if self.current_id in self._conflicts:
            index = (self._conflicts.index(self.current_id) + step) % len(self._conflicts)
        else:
            index = 0 if step > 0 else len(self._conflicts) - 1
        finding_id = self._conflicts[index]
        self.show_finding(finding_id)
        self.message.emit(f"Conflict {index + 1} of {len(self._conflicts)}")
        return finding_id

    def previous_conflict(self) -> str | None:
        return self.next_conflict(-1)

    def show_finding(self, finding_id: str) -> None:
        """Bring a finding into view in both panes, mark it current and flash it."""
        finding = self._finding(finding_id)
        if finding is None:
            return
        self._make_current(finding)
        with self.sync.suspend():
            for side in Side:
                spans = finding.spans(side)
                text = self.text(side)
                if spans:
                    text.scroll_to_offset(spans[0].start)
                    self.panes[side].flash(spans[0].start, spans[0].end, self.theme)
                else:
                    # A one-sided fact: show where it would sit in the other article.
                    other = finding.spans(side.other)
                    if other:
                        text.scroll_to_offset(self.sync.counterpart(side.other, other[0].start))
        self.link_map.update()
        self.findingActivated.emit(finding_id)  # keeps the table's selection on the same finding

    def set_current(self, finding_id: str) -> None:
        """Mark a finding current without scrolling (a right-click on it: the reader stays put)."""
        finding = self._finding(finding_id)
        if finding is None:
            return
        self._make_current(finding)
        self.link_map.update()
        self.findingActivated.emit(finding_id)

    def _make_current(self, finding: Finding) -> None:
        self.current_id = finding.id
        self._paint_current()
        self.link_map.current = self._pair_index(finding)

    def _on_clicked(self, side: Side, finding_id: str) -> None:
        finding = self._finding(finding_id)
        if finding is None:
            return
        self.current_id = finding_id
        self._paint_current()
        self.link_map.current = self._pair_index(finding)
        here = finding.spans(side)
        there = finding.spans(side.other)
        source = self.text(side)
        target = self.text(side.other)
        with self.sync.suspend():
            if there:
                # Put the counterpart level with what was clicked, so the eye moves straight across.
                clicked_y = source.offset_top(here[0].start) if here else 0.0
                at = min(0.85, max(0.05, clicked_y / max(1, source.viewport().height())))
                target.scroll_to_offset(there[0].start, at=at)
                self.panes[side.other].flash(there[0].start, there[0].end, self.theme)
            else:
                where = "left" if side.other is Side.LEFT else "right"
                self.message.emit(f"Not mentioned in the {where} article.")
        self.link_map.update()
        self.findingActivated.emit(finding_id)

    def _on_pane_drop(self, side: Side, paths: list[Path]) -> None:
        # Two files on one pane mean "compare these"; one file replaces that side.
        self.filesDropped.emit(None if len(paths) >= 2 else side, paths)

    def _finding(self, finding_id: str | None) -> Finding | None:
        if self.report is None or finding_id is None:
            return None
        return self.report.finding(finding_id)

    def _pair_index(self, finding: Finding) -> int | None:
        if self.report is None or not finding.left or not finding.right:
            return None
        for index, pair in enumerate(self.report.alignment):
            if any(pair.left.overlaps(s.range) for s in finding.left) and any(
                pair.right.overlaps(s.range) for s in finding.right
            ):
                return index
        return None

    def _describe(self, finding_id: str) -> str:
        finding = self._finding(finding_id)
        return "" if finding is None else describe_finding(finding)

    # -- geometry for the link map ---------------------------------------------------------------

    def _span_y(self, side: Side, span: TextRange) -> tuple[float, float]:
        text = self.text(side)
        shift = self.link_map.mapFromGlobal(text.viewport().mapToGlobal(QPoint(0, 0))).y()
        top = text.offset_top(span.start)
        bottom = text.offset_bottom(max(span.start, span.end - 1))
        return top + shift, bottom + shift

    def _visible_ranges(self) -> tuple[TextRange, TextRange]:
        ranges = []
        for side in Side:
            first, last = self.text(side).visible_range()
            ranges.append(TextRange(first, last + 1))
        return ranges[0], ranges[1]

    def _text_top(self) -> float:
        return float(
            max(
                self.link_map.mapFromGlobal(self.text(s).viewport().mapToGlobal(QPoint(0, 0))).y()
                for s in Side
            )
        )

    def _align_headers(self) -> None:
        # Level the two headers so both texts start at the same height and the bands run straight.
        headers = [self.panes[s].findChild(QWidget, "paneHeader") for s in Side]
        for header in headers:
            if header is not None:
                header.setMinimumHeight(0)
        heights = [h.sizeHint().height() for h in headers if h is not None]
        if heights:
            for header in headers:
                if header is not None:
                    header.setMinimumHeight(max(heights))

    # -- theme -------------------------------------------------------------------------------

    def _apply_theme(self) -> None:
        self.theme = Theme.current(self.palette())
        self.legend.set_theme(self.theme)
        self.link_map.set_theme(self.theme)
        if self.report is not None:
            self._paint_findings()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Dark/light switch: same ranges, new formats (no recomputation).
            self._apply_theme()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._align_headers()
