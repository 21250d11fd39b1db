"""The window's action table: every menu entry and shortcut, and what enables each one.

The actions only route to the window's controllers (``desktop.qt.file_controller``,
``desktop.qt.review_controller``) and views; the ``set_*``/``sync_*`` methods are the one place
that decides which actions are enabled or checked, from facts the controllers pass in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.core.export.export_kinds import ExportKind
from desktop.core.model import Finding, FindingKind, ReviewStatus
from desktop.core.results.review import is_link
from desktop.qt.article_pane import DEFAULT_POINT_SIZE
from desktop.qt.dock_tabs import TAB_KEYS, find_in_findings, show_tab
from desktop.qt.file_controller import EXPORTS
from desktop.qt.review import STATUS_LABELS, STATUS_MARKS

if TYPE_CHECKING:
    from desktop.qt.main_window import MainWindow

STATUS_KEYS = {
    ReviewStatus.CONFIRMED: "Ctrl+1",
    ReviewStatus.DISPUTED: "Ctrl+2",
    ReviewStatus.DISMISSED: "Ctrl+3",
}
STATUS_VERBS = {
    ReviewStatus.CONFIRMED: "&Confirm",
    ReviewStatus.DISPUTED: "&Dispute",
    ReviewStatus.DISMISSED: "D&ismiss",
}

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class ActionTable(QObject):
    """The menu bar's actions, built once for ``window`` and kept as named attributes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._build_file_menu()
        self._build_edit_menu()
        self._build_review_menu()
        self._build_go_and_view_menus()

    def _action(
        self, text: str, slot: Callable[..., object], *shortcuts: Shortcut, tip: str = ""
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self._window.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_file_menu(self) -> None:
        window, files = self._window, self._window.files
        menu = window.menuBar().addMenu("&File")
        self.open = self._action(
            "&Open…",
            files.open_dialog,
            QKeySequence.StandardKey.Open,
            tip="Open a saved comparison, or choose two articles to compare",
        )
        menu.addAction(self.open)
        self.sample = self._action("Open &Sample Comparison", files.open_sample)
        menu.addAction(self.sample)
        self.recent_menu = QMenu("Open &Recent", window)
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent(self.recent_menu))
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        self.save = self._action(
            "&Save", files.save, "Ctrl+S", tip="Save the comparison and your review"
        )
        self.save_as = self._action("Save &As…", lambda: files.save_as(), "Ctrl+Shift+S")
        menu.addAction(self.save)
        menu.addAction(self.save_as)
        export_menu = menu.addMenu("&Export")
        self.exports: dict[ExportKind, QAction] = {}
        for kind, (text, _files) in EXPORTS.items():
            action = self._action(text, lambda _c=False, k=kind: files.export(k))
            export_menu.addAction(action)
            self.exports[kind] = action
        menu.addSeparator()
        self.rerun = self._action(
            "&Re-run Comparison",
            files.rerun,
            "F5",
            tip="Compare the source files again, keeping your review where findings survive",
        )
        menu.addAction(self.rerun)
        self.cancel = self._action("&Cancel Comparison", window.session.cancel, "Esc")
        self.cancel.setEnabled(False)  # only while a comparison runs (the session's busyChanged)
        menu.addAction(self.cancel)
        menu.addSeparator()
        menu.addAction(self._action("&Quit", window.close, QKeySequence.StandardKey.Quit))

    def _build_edit_menu(self) -> None:
        window = self._window
        menu = window.menuBar().addMenu("&Edit")
        stack = window.session.undo_stack
        self.undo = stack.createUndoAction(window, "&Undo")
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo = stack.createRedoAction(window, "&Redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo, self.redo):
            window.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        self.find = self._action(
            "&Find in Findings…",
            lambda: find_in_findings(window),
            QKeySequence.StandardKey.Find,
            tip="Type a name, a figure or a word of a reason: the findings table keeps the rows "
            "that have it",
        )
        menu.addAction(self.find)

    def _build_review_menu(self) -> None:
        window, review = self._window, self._window.review
        menu = window.menuBar().addMenu("&Review")
        self.status_group = QActionGroup(window)
        # Optional: choosing the status a finding already has takes it back to open.
        self.status_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.status: dict[ReviewStatus, QAction] = {}
        for status, key in STATUS_KEYS.items():
            action = self._action(
                f"{STATUS_VERBS[status]}  {STATUS_MARKS[status]}",
                lambda checked=False, st=status: review.set_status(
                    st if checked else ReviewStatus.OPEN
                ),
                key,
                tip=f"Mark the selected finding {STATUS_LABELS[status].lower()} (again: reopen)",
            )
            action.setCheckable(True)
            self.status_group.addAction(action)
            self.status[status] = action
            menu.addAction(action)
        self.reopen = self._action(
            "Mark &Open", lambda: review.set_status(ReviewStatus.OPEN), "Ctrl+4"
        )
        menu.addAction(self.reopen)
        self.note = self._action("Edit &Note", review.edit_note, "F2")
        menu.addAction(self.note)
        menu.addSeparator()
        self.links: dict[FindingKind, QAction] = {
            FindingKind.AGREE: self._action(
                "Link Selections as &Agreement",
                lambda: review.link_selection(FindingKind.AGREE),
                "Ctrl+L",
                tip="Select words in each article, then link them as the same fact",
            ),
            FindingKind.CONFLICT: self._action(
                "Link Selections as Co&nflict",
                lambda: review.link_selection(FindingKind.CONFLICT),
                "Ctrl+Shift+L",
                tip="Select words in each article, then link them as contradicting each other",
            ),
        }
        for action in self.links.values():
            menu.addAction(action)
        self.remove_link = self._action(
            "&Remove Link", lambda: review.remove_link(), QKeySequence.StandardKey.Delete
        )
        menu.addAction(self.remove_link)

    def _build_go_and_view_menus(self) -> None:
        window = self._window
        go = window.menuBar().addMenu("&Go")
        self.next_conflict = self._action(
            "&Next Conflict", lambda: window.view.next_conflict(), "Alt+Down", "F8"
        )
        self.previous_conflict = self._action(
            "&Previous Conflict", lambda: window.view.previous_conflict(), "Alt+Up", "Shift+F8"
        )
        go.addAction(self.next_conflict)
        go.addAction(self.previous_conflict)
        go.addSeparator()
        self.next_finding = self._action(
            "Next &Finding",
            lambda: window.go_to_finding(+1),
            "F7",
            tip="The next finding in the table's order (its sort and filters)",
        )
        self.previous_finding = self._action(
            "Previous F&inding", lambda: window.go_to_finding(-1), "Shift+F7"
        )
        self.next_unreviewed = self._action(
            "Next &Unreviewed Finding",
            lambda: window.go_to_finding(+1, unreviewed=True),
            "F9",
            tip="The next finding you have not confirmed, disputed or dismissed yet",
        )
        self.previous_unreviewed = self._action(
            "Previous Unre&viewed Finding",
            lambda: window.go_to_finding(-1, unreviewed=True),
            "Shift+F9",
        )
        for action in (
            self.next_finding,
            self.previous_finding,
            self.next_unreviewed,
            self.previous_unreviewed,
        ):
            go.addAction(action)

        view = window.menuBar().addMenu("&View")
        view.addAction(self._action("Zoom &In", lambda: window.zoom(+1), "Ctrl+=", "Ctrl++"))
        view.addAction(self._action("Zoom &Out", lambda: window.zoom(-1), "Ctrl+-"))
        view.addAction(
            self._action("&Reset Zoom", lambda: window.set_font_size(DEFAULT_POINT_SIZE), "Ctrl+0")
        )
        view.addSeparator()
        self.sync_scrolling = self._action("&Synchronised Scrolling", window.sync_toggled)
        self.sync_scrolling.setCheckable(True)
        self.sync_scrolling.setChecked(True)
        view.addAction(self.sync_scrolling)
        toggle = window.dock.toggleViewAction()
        toggle.setText("&Findings Panel")
        toggle.setShortcut(QKeySequence("Ctrl+Shift+F"))
        view.addAction(toggle)
        tabs = view.addMenu("Panel &Tab")
        self.tabs: dict[str, QAction] = {}
        for number, (name, key) in enumerate(TAB_KEYS, start=1):
            action = self._action(
                f"&{number} {name}",
                lambda _checked=False, n=name: show_tab(window, n),
                key,
                tip=f"Show the {name} tab of the findings panel",
            )
            tabs.addAction(action)
            self.tabs[name] = action

    # -- what is enabled -----------------------------------------------------------------------

    def set_has_report(self, has_report: bool) -> None:
        """Saving, re-running, exporting and stepping through findings need a comparison."""
        for action in (
            self.save,
            self.save_as,
            self.rerun,
            *self.exports.values(),
            self.next_finding,
            self.previous_finding,
            self.next_unreviewed,
            self.previous_unreviewed,
        ):
            action.setEnabled(has_report)

    def set_conflict_count(self, count: int) -> None:
        self.next_conflict.setEnabled(count > 0)
        self.previous_conflict.setEnabled(count > 0)

    def sync_review(self, finding: Finding | None, can_link: bool) -> None:
        """The review actions for the current finding (None: nothing selected); ``can_link``
        when there is a report and words are selected in both panes."""
        for status, action in self.status.items():
            action.setEnabled(finding is not None)
            action.setChecked(finding is not None and finding.status is status)
        self.reopen.setEnabled(finding is not None and finding.status is not ReviewStatus.OPEN)
        self.note.setEnabled(finding is not None)
        self.remove_link.setEnabled(finding is not None and is_link(finding))
        for action in self.links.values():
            action.setEnabled(can_link)

    def review_actions(self) -> list[QAction]:
        """What a finding's context menu offers, in menu order."""
        return [*self.status.values(), self.reopen, self.note, self.remove_link]
