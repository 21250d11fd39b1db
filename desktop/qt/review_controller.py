"""The window's review commands: status, note, link and unlink, and the context menus offering them.

Every edit is a ``desktop.qt.commands`` command pushed on the session's undo stack; this module
decides only which finding an edit applies to and what the user is told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from shiboken6 import isValid

from desktop.core.model import FindingKind, ReviewStatus, Side
from desktop.core.results.palette import KIND_CUES, KIND_LABELS
from desktop.core.results.review import is_link, make_user_link
from desktop.qt.commands import AddLinkCommand, RemoveLinkCommand, SetNoteCommand, SetStatusCommand
from desktop.qt.review import STATUS_LABELS

if TYPE_CHECKING:
    from desktop.qt.main_window import MainWindow

# Said when Escape leaves a note: it is kept (with the finding, in the undo history), not dropped.
NOTE_KEPT = "Note kept with this finding (Ctrl+Z takes it back)."
NOTE_KEPT_MS = 5000


class ReviewController(QObject):
    """Applies the reviewer's edits to the finding selected in the table or clicked in a pane."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.view = window.view
        # Where the keys were when F2 opened the note, so Escape can give them back.
        self._before_note: QWidget | None = None

    def _say(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def current_id(self) -> str | None:
        """The finding the review actions act on: the one selected in the table or clicked."""
        finding_id = self.view.current_id
        if finding_id is not None and self.session.finding(finding_id) is not None:
            return finding_id
        return None

    def set_status(self, status: ReviewStatus, finding_id: str | None = None) -> bool:
        finding = self.session.finding(finding_id or self.current_id() or "")
        if finding is None:
            self._say("Select a finding first.", 5000)
            return False
        if finding.status is not status:
            self.session.undo_stack.push(SetStatusCommand(self.session, finding, status))
        self.sync_actions()
        return True

    def set_note(self, finding_id: str, note: str) -> bool:
        finding = self.session.finding(finding_id)
        if finding is None or finding.note == note:
            return False
        self.session.undo_stack.push(SetNoteCommand(self.session, finding, note))
        return True

    def edit_note(self) -> None:
        if self.current_id() is None:
            self._say("Select a finding first.", 5000)
            return
        dock = self.window.dock
        dock.show()
        before = QApplication.focusWidget()
        if before is not dock.review.note:
            self._before_note = before
        dock.review.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def leave_note(self) -> None:
        """Escape in the note: back to the pane or table F2 was pressed in, else the table."""
        back = self._before_note
        self._before_note = None
        if (
            back is None
            or not isValid(back)
            or not back.isVisible()
            or back.window() is not self.window
        ):
            back = self.window.dock.table
        back.setFocus(Qt.FocusReason.OtherFocusReason)
        # Nothing said the note was kept: the status bar still read "Finding 2 of 18".
        shown = self.window.dock.review.finding
        if shown is not None and shown.note:
            self.window.statusBar().showMessage(NOTE_KEPT, NOTE_KEPT_MS)

    def link_selection(self, kind: FindingKind) -> bool:
        """Link the words selected in the two panes as one fact (agree) or a contradiction."""
        report = self.session.report
        if report is None:
            return False
        left, right = self.view.selected_span(Side.LEFT), self.view.selected_span(Side.RIGHT)
        if left is None or right is None:
            self._say("Select the words in both articles first, then link them.")
            return False
        link = make_user_link(report, kind, left, right)
        if report.finding(link.id) is not None:
            self._say("These words are already linked that way.")
            return False
        self.session.undo_stack.push(AddLinkCommand(self.session, link))
        self.view.clear_selections()
        self.view.show_finding(link.id)
        self._say(f"Linked “{left.text}” and “{right.text}” as {KIND_LABELS[kind].lower()}.")
        return True

    def remove_link(self, finding_id: str | None = None) -> bool:
        finding = self.session.finding(finding_id or self.current_id() or "")
        if finding is None:
            self._say("Select a link first.", 5000)
            return False
        if not is_link(finding):
            self._say(
                "Only a link between the two articles can be removed; dismiss this finding instead."
            )
            return False
        self.session.undo_stack.push(RemoveLinkCommand(self.session, finding))
        self._say("Link removed (Ctrl+Z brings it back).")
        return True

    def sync_actions(self, *_changed: object) -> None:
        """Enable and check the review actions for the current finding and selections."""
        finding = self.session.finding(self.current_id() or "")
        both = all(self.view.text(side).selected_range() is not None for side in Side)
        self.window.action_table.sync_review(finding, self.session.report is not None and both)

    # -- context menus -------------------------------------------------------------------------

    def review_menu(self, finding_id: str | None) -> QMenu:
        """The review actions for one finding (or only the link actions), as a menu."""
        menu = QMenu(self.window)
        self.fill_menu(finding_id, menu)
        return menu

    def fill_menu(self, finding_id: str | None, menu: QMenu) -> None:
        actions = self.window.action_table
        finding = self.session.finding(finding_id) if finding_id is not None else None
        if finding is not None and finding_id is not None:
            self.view.set_current(finding_id)
            title = menu.addAction(
                f"{KIND_CUES[finding.kind][1]} {KIND_LABELS[finding.kind]}: "
                f"{STATUS_LABELS[finding.status].lower()}"
            )
            title.setEnabled(False)
            self.sync_actions()
            for action in actions.review_actions():
                menu.addAction(action)
        else:
            self.sync_actions()
        if any(self.view.text(side).selected_range() is not None for side in Side):
            menu.addSeparator()
            for action in actions.links.values():
                menu.addAction(action)

    def table_menu(self, finding_id: str, pos: QPoint) -> None:
        menu = self.review_menu(finding_id)
        menu.exec(pos)
        menu.deleteLater()
