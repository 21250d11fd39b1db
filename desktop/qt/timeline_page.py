"""The Timeline tab: every dated or timed statement of both articles, one row per moment.

Each row says when ("Sun 5 May 2024, 21:00", "May 2024", "Sunday", "hours later") and quotes the
sentence each article places there, the time words in bold. Statements of both articles about
the same moment share a row; a happening the articles place at different times is tinted in the
conflict colour and names the other article's time. Clicking a row asks the window to show its
words in both articles.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.datetimes.when_text import entry_when, when_text
from desktop.core.model import FindingKind, MentionType, Report, Side, TimelineEntry
from desktop.qt.deferred_render import DeferredRender
from desktop.qt.palette import Theme
from desktop.qt.people_page import HELD_NOTE
from desktop.qt.table_browser import QUOTE_CHARS, TableBrowser, quoted_sentence
from desktop.qt.timeline_axis import TimelineAxis

NO_REPORT = "No comparison yet."
NO_MOMENTS = "No dated statements: neither article says when anything happened."
PRECISION_HINTS = {
    "weekday": "weekday only",
    "relative": "no date: in the order told",
}


def clashing_entries(report: Report) -> frozenset[int]:
    """The timeline rows a date or time conflict finding holds the words of. Only those are
    conflicts: the timeline's own pairing of two sentences' times is a hint to check (on GVC tune
    it mostly paired sentences about different happenings), as in the exports."""
    dated = (MentionType.DATE, MentionType.TIME)
    judged = [f for f in report.findings if f.kind is FindingKind.CONFLICT and f.type in dated]
    words = {
        Side.LEFT: [s.range for f in judged for s in f.left],
        Side.RIGHT: [s.range for f in judged for s in f.right],
    }
    return frozenset(
        index
        for index, entry in enumerate(report.timeline)
        if any(s.range.overlaps(w) for s in entry.left for w in words[Side.LEFT])
        or any(s.range.overlaps(w) for s in entry.right for w in words[Side.RIGHT])
    )


class TimelinePage(QWidget):
    entryActivated = Signal(int)  # index into report.timeline

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePage")
        self.summary = QLabel(NO_REPORT)
        self.summary.setObjectName("timelineSummary")
        self.summary.setWordWrap(True)
        self.browser = TableBrowser(self)
        self.browser.setObjectName("timelineTable")
        self.browser.cellClicked.connect(self._clicked)
        self.browser.widthChanged.connect(self._render)
        self.axis = TimelineAxis(self)
        self.axis.entryClicked.connect(lambda index: self._clicked(self.row_of(index), 0))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.axis)
        layout.addWidget(self.browser, 1)
        self.report: Report | None = None
        self.current: int | None = None
        self.held = False  # different events: conflicts held back, as in the panes
        self.clashes: frozenset[int] = frozenset()  # rows a conflict finding holds
        self._theme = Theme.current()
        self._chars = QUOTE_CHARS  # of a sentence quoted in a column, set for its width
        # A hidden tab draws in its own event-loop turn (stop 56): desktop.qt.deferred_render.
        self._drawing = DeferredRender(self, self._render)
        self._render()

    @property
    def entries(self) -> tuple[TimelineEntry, ...]:
        return self.report.timeline if self.report is not None else ()

    @property
    def drawn(self) -> bool:
        """False while a hidden tab's drawing waits for its turn of the event loop."""
        return not self._drawing.pending

    def set_report(self, report: Report | None) -> None:
        self.report = report
        self.current = None
        self.browser.verticalScrollBar().setValue(0)
        self._drawing.request()

    def set_held(self, held: bool) -> None:
        if held != self.held:
            self.held = held
            self._drawing.request()

    def select(self, index: int | None) -> None:
        self._drawing.flush()
        self.current = index if index is not None and 0 <= index < len(self.entries) else None
        self._paint_selection()
        self.axis.set_entries(self.entries, self.current, clashes=self.clashes)
        if self.current is not None:
            self.browser.current_row = self.current + 1
            self.browser.scroll_to_row(self.current + 1)

    def row_of(self, index: int) -> int:
        """The table row showing ``report.timeline[index]`` (row 0 holds the headings)."""
        self._drawing.flush()
        return index + 1

    def text(self) -> str:
        self._drawing.flush()
        return self.summary.text() + "\n" + self.browser.toPlainText()

    def _clicked(self, row: int, _column: int) -> None:
        self._drawing.flush()
        index = row - 1
        if 0 <= index < len(self.entries):
            self.select(index)
            self.entryActivated.emit(index)

    # -- drawing -----------------------------------------------------------------------------

    def _render(self) -> None:
        entries = self.entries
        self.clashes = (
            clashing_entries(self.report)
            if self.report is not None and not self.held
            else frozenset()
        )
        self.axis.set_entries(entries, self.current, clashes=self.clashes)
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        if not entries:
            self.summary.setText("" if self.report is not None else NO_REPORT)
            message = NO_MOMENTS if self.report is not None else NO_REPORT
            self.browser.set_table(f"<p style='color:{quiet}'>{message}</p>", [])
            return
        both = sum(1 for e in entries if e.left and e.right)
        conflicts = len(self.clashes)
        n = len(entries)
        parts = [f"{n} moment{'s' if n != 1 else ''}", f"{both} in both articles"]
        if conflicts:
            parts.append(f"{conflicts} in conflict")
        if self.held:
            parts.append(HELD_NOTE)
        self.summary.setText(" · ".join(parts))
        palette = self.palette()
        rule = palette.color(QPalette.ColorRole.Mid).name()
        # The usual date on one line ("Sun 5 May 2024"), in the bold it is written in; a time
        # of day wraps below it.
        bold = QFont(self.browser.font())
        bold.setBold(True)
        when, each = self.browser.shares(
            QFontMetrics(bold).horizontalAdvance("Wed 30 September 2024") + 16
        )
        self._chars = self.browser.quote_chars(each)
        lines = [
            "<table width='100%' cellspacing='0' cellpadding='4' style='border-collapse:collapse'>",
            f"<tr style='color:{quiet}'><td width='{when}%'><b>When</b></td><td width='{each}%'>"
            f"<b>Left article</b></td><td width='{each}%'><b>Right article</b></td></tr>",
        ]
        for index, entry in enumerate(entries):
            clash = index in self.clashes
            back = f" bgcolor='{self._theme.tint(FindingKind.CONFLICT).name()}'" if clash else ""
            cells = [self._when_cell(entry, quiet, clash)] + [
                self._statements(side, entry, quiet) for side in Side
            ]
            lines.append(
                f"<tr{back}>"
                + "".join(f"<td style='border-top:1px solid {rule}'>{c}</td>" for c in cells)
                + "</tr>"
            )
        lines.append("</table>")
        self.browser.set_table("".join(lines), list(range(1, n + 1)))
        self._paint_selection()

    def _paint_selection(self) -> None:
        rows = [] if self.current is None else [self.row_of(self.current)]
        self.browser.select_rows(rows)

    def _when_cell(self, entry: TimelineEntry, quiet: str, clash: bool) -> str:
        when = html.escape(entry_when(entry))
        text = f"<i>{when}</i>" if not entry.when else f"<b>{when}</b>"
        hint = PRECISION_HINTS.get(entry.precision)
        if hint:
            text += f"<br><small style='color:{quiet}'>{hint}</small>"
        if entry.conflicts and not self.held:
            others = ", ".join(html.escape(when_text(w)) for w in entry.conflicts)
            if clash:
                colour = self._theme.strong(FindingKind.CONFLICT).name()
                text += (
                    f"<br><span style='color:{colour}'><b>≠</b> the other article: {others}</span>"
                )
            else:  # a hint to check, not a verdict
                text += (
                    f"<br><small style='color:{quiet}'>a matching sentence of the other article "
                    f"says {others}</small>"
                )
        elif clash:
            colour = self._theme.strong(FindingKind.CONFLICT).name()
            text += f"<br><span style='color:{colour}'><b>≠</b> conflict</span>"
        return text

    def _statements(self, side: Side, entry: TimelineEntry, quiet: str) -> str:
        spans = entry.left if side is Side.LEFT else entry.right
        if not spans or self.report is None:
            return f"<span style='color:{quiet}'>—</span>"
        document = self.report.document(side)
        quotes = dict.fromkeys(
            quoted_sentence(document.document.text, document.sentences, span, self._chars)
            for span in spans
        )
        return "<br>".join(quotes)

    def showEvent(self, event: QShowEvent) -> None:
        self._drawing.flush()  # a tab drawn later is drawn before it is seen
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._theme = Theme.current(self.palette())
            self.axis.set_theme(self._theme)
            self._render()
