"""Issue 12 in the window: the Quotes tab in the findings dock and the quote and shared-copy
marks in the panes, kept in step with the session's report.

One object the window creates after its own wiring, so its slots run after the window's: the
panes hold the new report by the time the marks are painted over it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

from desktop.core.model import FindingKind, Report
from desktop.qt.dock_tabs import tab_tip
from desktop.qt.palette import Theme
from desktop.qt.quote_marks import QuoteMarks
from desktop.qt.quote_rows import quotes_summary
from desktop.qt.quotes_page import NO_QUOTES, QuotesPage
from desktop.qt.verdict_chips import chip_icon

if TYPE_CHECKING:
    from desktop.qt.main_window import MainWindow

QUOTES_TAB = "Quotes"
QUOTES_TAB_INDEX = 1


class QuotesWiring(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.page = QuotesPage()
        # Second, after the findings: a misquote is the most serious thing the window can show.
        window.dock.add_page(self.page, QUOTES_TAB, at=QUOTES_TAB_INDEX)
        self.marks = QuoteMarks(window.view)
        session, view = window.session, window.view
        session.reportChanged.connect(self._on_report)
        session.reviewChanged.connect(self._on_review)
        self.page.findingSelected.connect(view.show_finding)
        self.page.quoteSelected.connect(self.marks.show_quote)
        self.page.contextMenuRequested.connect(window.review.table_menu)
        view.findingActivated.connect(self.page.select_finding)
        view.conflictsHeldChanged.connect(self.page.set_conflicts_held)
        self._view = view
        self._dock = window.dock

    def _on_report(self, report: Report) -> None:
        self.page.conflicts_held = self._view.conflicts_held
        self.page.set_report(report)
        self.marks.show(report)
        self._label_tab()

    def _on_review(self, report: Report, _changed: tuple[str, ...]) -> None:
        self.page.update_review(report)
        self.marks.show(report)
        self._label_tab()

    def _label_tab(self) -> None:
        """ "Quotes (7)", with a conflict swatch when one differs or is attributed differently:
        seen from the Findings tab without opening this one."""
        rows = [r for g in self.page.groups() for r in g.rows]
        tabs = self._dock.tabs
        index = tabs.indexOf(self.page)
        # "(0)" once compared, like People and Timeline: looked for and none found.
        compared = self._view.report is not None
        tabs.setTabText(index, f"{QUOTES_TAB} ({len(rows)})" if compared else QUOTES_TAB)
        conflicts = sum(1 for r in rows if r.kind is FindingKind.CONFLICT)
        theme = Theme.current(self.page.palette())
        icon = chip_icon(theme.strong(FindingKind.CONFLICT), True) if conflicts else QIcon()
        tabs.setTabIcon(index, icon)
        tip = quotes_summary(self.page.groups()) if rows else NO_QUOTES
        tabs.setTabToolTip(index, tab_tip(QUOTES_TAB, tip if compared else ""))
