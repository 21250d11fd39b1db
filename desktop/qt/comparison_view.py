"""The two articles side by side: summary line and legend, notices, [pane | link map | pane],
navigation.

Everything it shows comes from the ``Report``; the pure helpers it calls (``desktop.qt.describe``,
``desktop.qt.navigation``, ``desktop.qt.notice_banner``, ``desktop.core.alignment.wording``) carry
the decisions so tests can check them without pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.core.alignment.wording import LazyWording
from desktop.core.model import (
    Finding,
    FindingKind,
    Notice,
    Report,
    Side,
    Span,
)
from desktop.core.results.review import trim
from desktop.qt.article_pane import SUPPORTED_HINT, ArticlePane, ArticleText, level_headers
from desktop.qt.article_text import COMPACT_LINE_HEIGHT_PERCENT, LINE_HEIGHT_PERCENT
from desktop.qt.describe import describe_finding, summary_text
from desktop.qt.highlight import Highlight
from desktop.qt.legend import Legend
from desktop.qt.link_map import LinkMap, conflict_link_checks, conflict_links
from desktop.qt.navigation import conflict_order, conflict_status, position, table_conflict_order
from desktop.qt.notice_banner import NoticeBanner, holds_back_conflicts, notices_for
from desktop.qt.palette import Theme
from desktop.qt.pane_geometry import PaneGeometry
from desktop.qt.prepared import (
    FINDING_LAYERS,
    PaintSpan,
    report_wording,
    shown_report,
    view_paint,
)
from desktop.qt.scroll_sync import ScrollSync

NO_COMPARISON = "No comparison yet: drop two articles here or use File › Open."

__all__ = ["ComparisonView", "conflict_order", "describe_finding", "position", "summary_text"]


class ComparisonView(QWidget):
    findingActivated = Signal(str)  # clicked or navigated to: the window selects it in the table
    filesDropped = Signal(object, list)  # Side | None (None: both sides), list[Path]
    message = Signal(str)  # short status-bar text
    conflictsHeldChanged = Signal(bool)  # different events: conflicts held back (True) or shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = Theme.current()
        self.report: Report | None = None
        self.current_id: str | None = None
        self._highlights: dict[Side, list[Highlight]] = {Side.LEFT: [], Side.RIGHT: []}
        self._spans: dict[Side, tuple[PaintSpan, ...]] = {Side.LEFT: (), Side.RIGHT: ()}
        self._conflicts: list[str] = []
        # The findings table's rows (shown, then all in its sort), which F8 walks when it is set.
        self.table_order: Callable[[], tuple[Sequence[str], Sequence[str]]] | None = None
        self.conflicts_held = False
        self.notices: tuple[Notice, ...] = ()
        self.banner = NoticeBanner(self)
        self.banner.compareAnyway.connect(lambda: self.set_conflicts_held(False))

        self.summary = QLabel(NO_COMPARISON)
        self.summary.setObjectName("summaryLine")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)  # a long line wraps rather than widen the window
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
        for pane in self.panes.values():  # a headline wrapped or unwrapped: level them again
            pane.headerChanged.connect(self._align_headers)
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
        layout.addWidget(self.banner)
        body = QHBoxLayout()
        body.addWidget(self.splitter)
        layout.addLayout(body, 1)

        left, right = self.text(Side.LEFT), self.text(Side.RIGHT)
        self.sync = ScrollSync(left, right, self)
        self._on_screen = PaneGeometry({s: self.text(s) for s in Side}, self.link_map)
        self.link_map.set_geometry_source(
            lambda r: self._on_screen.span_y(Side.LEFT, r),
            lambda r: self._on_screen.span_y(Side.RIGHT, r),
            self._on_screen.text_top,
            self._on_screen.visible_ranges,
        )
        for side, pane in self.panes.items():
            pane.text.describe = self._describe
            pane.highlightClicked.connect(lambda fid, s=side: self._on_clicked(s, fid))
            pane.filesDropped.connect(lambda paths, s=side: self._on_pane_drop(s, paths))
            pane.text.verticalScrollBar().valueChanged.connect(self.link_map.update)
        self.link_map.pairClicked.connect(self.show_pair)
        # Word marks for the pairs on screen, computed once the scrolling pauses for a moment.
        self._wording: LazyWording | None = None
        self._wording_fresh = False  # a new report's word marks not yet painted
        self._wording_timer = QTimer(self)
        self._wording_timer.setSingleShot(True)
        self._wording_timer.setInterval(0)
        self._wording_timer.timeout.connect(self._paint_wording)
        for side in Side:
            self.text(side).verticalScrollBar().valueChanged.connect(self._wording_timer.start)
        self._apply_theme()

    # -- data ----------------------------------------------------------------------------------

    def text(self, side: Side) -> ArticleText:
        return self.panes[side].text

    def highlights(self, side: Side) -> list[Highlight]:
        return list(self._highlights[side])

    def set_report(self, report: Report) -> None:
        self.report = report
        self.current_id = None
        self.notices = notices_for(report.summary)
        self.conflicts_held = holds_back_conflicts(self.notices)
        shown = shown_report(report, self.conflicts_held)
        self._conflicts = conflict_order(shown)
        paint = view_paint(report, self.conflicts_held)  # prepared in the worker (stop 56)
        for side, pane in self.panes.items():
            self._highlights[side] = list(paint.side(side).highlights)
            self._spans[side] = paint.side(side).spans
            pane.set_document(report.document(side), self._highlights[side])
        self._wording = report_wording(report)
        self._wording_fresh = True
        self._wording_timer.start()
        self._paint_findings(sliced=True)  # the plain text shows now, the highlights in slices
        self._link(report, shown)
        self.sync.set_pairs(report.alignment)
        self._show_summary()
        self._align_headers()

    def update_review(self, report: Report) -> None:
        """A review edit on the same texts: repaint statuses and links, keep scroll positions."""
        self.report = report
        shown = shown_report(report, self.conflicts_held)
        self._conflicts = conflict_order(shown)
        if self.current_id is not None and shown.finding(self.current_id) is None:
            self.current_id = None  # a removed link (or a conflict now held back)
        paint = view_paint(report, self.conflicts_held)
        for side, pane in self.panes.items():
            self._highlights[side] = list(paint.side(side).highlights)
            self._spans[side] = paint.side(side).spans
            pane.text.set_highlights(self._highlights[side])
            pane.refresh_overview()
        self._paint_findings()
        self._link(report, shown)
        self._show_summary()

    def _link(self, report: Report, shown: Report) -> None:
        """The link map's bands (the report's alignment) and the shown conflicts' links."""
        kinds = list(view_paint(report, self.conflicts_held).pair_kinds)
        self.link_map.set_pairs(
            report.alignment, kinds, conflict_links(shown), conflict_link_checks(shown)
        )

    def _paint_wording(self) -> None:
        # A new report's opening may be diffed already (in the worker): paint it all the same.
        fresh, self._wording_fresh = self._wording_fresh, False
        if self._wording is not None and (
            self._wording.cover(*self._on_screen.visible_ranges()) or fresh
        ):
            for side in Side:
                self.text(side).set_wording(self._wording.ranges(side))

    def set_compact(self, compact: bool) -> None:
        """A laptop screen: tighter leading, so the panes still show 25 lines or more."""
        percent = COMPACT_LINE_HEIGHT_PERCENT if compact else LINE_HEIGHT_PERCENT
        for side in Side:
            self.text(side).set_line_height(percent)
            self.panes[side].set_compact(compact)
        self._align_headers()
        self.link_map.update()

    def set_conflicts_held(self, held: bool) -> None:
        """Hold the conflicts back (different events) or show them ("Compare Anyway")."""
        if self.report is None or held == self.conflicts_held:
            return
        self.conflicts_held = held
        self.update_review(self.report)
        self.conflictsHeldChanged.emit(held)
        if not held:
            self.message.emit(
                f"Showing {len(self._conflicts)} conflicts as if both articles reported one event."
            )

    def held_conflicts(self) -> int:
        """How many conflicts are held back now (0 when they are shown)."""
        if self.report is None or not self.conflicts_held:
            return 0
        return sum(1 for f in self.report.findings if f.kind is FindingKind.CONFLICT)

    def _show_summary(self) -> None:
        report = self.report
        if report is None:
            return
        self.banner.set_notices(self.notices, self.held_conflicts())
        self.summary.setText(view_paint(report, self.conflicts_held).summary)
        self.summary.setToolTip(
            f"Same-event score {report.summary.same_event_score:.0%}, "
            f"corroboration {report.summary.corroboration:.0%}"
        )

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
        both = left is not None and right is not None
        for side, path in ((Side.LEFT, left), (Side.RIGHT, right)):
            if self.report is None:
                pane = self.panes[side]
                pane.title.setText(path.name if path else "No article yet")
                if both:
                    meta, hint = "Reading…", "Reading and comparing the articles…"
                elif path:  # nothing runs until its partner comes: say so, not "Reading…"
                    meta = "Waiting for the other article"
                    hint = f"Drop the other article on the {side.other.value} pane"
                else:
                    meta = "Drop a file here or use File › Open"
                    hint = f"Drop an article here ({SUPPORTED_HINT})"
                pane.meta.setText(meta)
                pane.text.setPlaceholderText(hint)

    @property
    def drawn(self) -> bool:
        """Both panes' highlights are in place (``set_report`` draws them in slices)."""
        return all(pane.text.layers.drawn for pane in self.panes.values())

    def flush_drawing(self) -> None:
        for pane in self.panes.values():
            pane.text.layers.flush()

    def _paint_findings(self, sliced: bool = False) -> None:
        """Apply the prepared layer spans (``desktop.qt.prepared``): only formats are made here."""
        for side in Side:
            ranges: dict[str, list[tuple[int, int, QTextCharFormat]]] = {
                name: [] for name, _priority in FINDING_LAYERS
            }
            formats: dict[tuple[str, FindingKind, bool], QTextCharFormat] = {}
            for span in self._spans[side]:
                key = (span.role, span.kind, span.dismissed)
                fmt = formats.get(key)
                if fmt is None:
                    fmt = formats[key] = self.theme.format_for(*key)
                ranges[span.layer].append((span.start, span.end, fmt))
            layers = self.text(side).layers
            with layers.batch(sliced=sliced):
                for name, priority in FINDING_LAYERS:
                    layers.set_layer(name, priority, ranges[name])
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
            if self.held_conflicts():
                self.message.emit(
                    "The conflicts are held back: these articles seem to describe different "
                    "events. Choose Compare Anyway above the articles to see them."
                )
            else:
                self.message.emit("No conflicts between these articles.")
            return None
        order, shown = list(self._conflicts), len(self._conflicts)
        if self.table_order is not None:  # the table's order: "1 of N" is its first conflict row
            order, shown = table_conflict_order(self._conflicts, *self.table_order())
        if self.current_id in order:
            index = (order.index(self.current_id) + step) % len(order)
        else:
            index = 0 if step > 0 else len(order) - 1
        finding_id = order[index]
        self.show_finding(finding_id)
        self.message.emit(conflict_status(index, len(order), shown))
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

    def show_pair(self, index: int) -> None:
        """Bring an aligned pair level in both panes (a click on its band in the link map) and
        make the most telling finding inside it current: a conflict, else any other."""
        if self.report is None or not 0 <= index < len(self.report.alignment):
            return
        pair = self.report.alignment[index]
        with self.sync.suspend():
            for side, where in ((Side.LEFT, pair.left), (Side.RIGHT, pair.right)):
                self.text(side).scroll_to_offset(where.start)
                self.panes[side].flash(where.start, where.end, self.theme)
        inside = [
            f
            for f in shown_report(self.report, self.conflicts_held).findings
            if any(pair.left.overlaps(s.range) for s in f.left)
            and any(pair.right.overlaps(s.range) for s in f.right)
        ]
        inside.sort(key=lambda f: (f.kind is not FindingKind.CONFLICT, f.is_statement, position(f)))
        if inside:
            self._make_current(inside[0])
            self.findingActivated.emit(inside[0].id)
        self.link_map.current = index
        self.link_map.update()

    def _describe(self, finding_id: str) -> str:
        finding = self._finding(finding_id)
        return "" if finding is None else describe_finding(finding)

    def _align_headers(self) -> None:
        level_headers(self.panes.values())

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
        self._wording_timer.start()  # more (or other) sentences on screen
