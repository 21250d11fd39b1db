"""Issue 12 in the window: the Quotes tab in the findings dock and the quote and shared-copy
marks in the panes, kept in step with the session's report.

One object the window creates after its own wiring, so its slots run after the window's: the
panes hold the new report by the time the marks are painted over it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core.model import Report
from desktop.qt.quote_marks import QuoteMarks
from desktop.qt.quotes_page import QuotesPage

if TYPE_CHECKING:
    from desktop.qt.main_window import MainWindow

QUOTES_TAB = "Quotes"


class QuotesWiring(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.page = QuotesPage()
        window.dock.add_page(self.page, QUOTES_TAB)
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

    def _on_report(self, report: Report) -> None:
        self.page.conflicts_held = self._view.conflicts_held
        self.page.set_report(report)
        self.marks.show(report)

    def _on_review(self, report: Report, _changed: tuple[str, ...]) -> None:
        self.page.update_review(report)
        self.marks.show(report)
