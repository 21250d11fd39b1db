"""Undoable review edits: each ``QUndoCommand`` calls session methods in ``redo``/``undo``.

The commands hold only ids and the values before and after, never widgets, so undo works whatever
the views show (orange-canvas-core's document/commands.py does the same). Each also adds an entry
to the review history on redo and takes it back on undo, so undo restores the comparison exactly.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.core.model import Finding, ReviewStatus
from desktop.core.persistence.persist import ReviewEvent
from desktop.qt.findings_model import span_text
from desktop.qt.review import STATUS_LABELS
from desktop.qt.session import ComparisonSession

NOTE_MERGE_ID = 4001  # consecutive note edits of one finding merge into one undo step


def _label(finding: Finding) -> str:
    """A short name for the Edit menu: "Undo Confirm “Ivan Kovgan”"."""
    words = span_text(finding, "left") or span_text(finding, "right")
    words = " ".join(words.split())
    return f"“{words[:40]}…”" if len(words) > 40 else f"“{words}”"


class SetStatusCommand(QUndoCommand):
    def __init__(self, session: ComparisonSession, finding: Finding, status: ReviewStatus) -> None:
        verb = "Reopen" if status is ReviewStatus.OPEN else f"Mark {STATUS_LABELS[status]}"
        super().__init__(f"{verb} {_label(finding)}")
        self._session = session
        self._id = finding.id
        self._old = finding.status
        self._new = status
        self._event: ReviewEvent | None = None

    def redo(self) -> None:
        self._session.update_finding(self._id, status=self._new)
        self._event = self._session.record("status", self._id, self._new.value)

    def undo(self) -> None:
        self._session.update_finding(self._id, status=self._old)
        if self._event is not None:
            self._session.unrecord(self._event)


class SetNoteCommand(QUndoCommand):
    def __init__(self, session: ComparisonSession, finding: Finding, note: str) -> None:
        super().__init__(f"Edit Note on {_label(finding)}")
        self._session = session
        self._id = finding.id
        self._old = finding.note
        self._new = note
        self._event: ReviewEvent | None = None

    def id(self) -> int:
        return NOTE_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing a note arrives in pieces (a pause, a focus change): one undo step per finding.
        if not isinstance(other, SetNoteCommand) or other._id != self._id:
            return False
        self._new = other._new
        if self._event is not None:
            self._session.unrecord(self._event)  # the trail keeps only the final wording
        self._event = other._event
        return True

    def redo(self) -> None:
        self._session.update_finding(self._id, note=self._new)
        self._event = self._session.record("note", self._id, self._new)

    def undo(self) -> None:
        self._session.update_finding(self._id, note=self._old)
        if self._event is not None:
            self._session.unrecord(self._event)


class AddLinkCommand(QUndoCommand):
    def __init__(self, session: ComparisonSession, finding: Finding) -> None:
        verb = "Link as Conflict" if finding.kind.value == "conflict" else "Link as Agreement"
        super().__init__(f"{verb} {_label(finding)}")
        self._session = session
        self._finding = finding
        self._event: ReviewEvent | None = None

    def redo(self) -> None:
        self._session.insert_finding(self._finding)
        self._event = self._session.record("add_link", self._finding.id, self._finding.kind.value)

    def undo(self) -> None:
        self._session.remove_finding(self._finding.id)
        if self._event is not None:
            self._session.unrecord(self._event)


class RemoveLinkCommand(QUndoCommand):
    def __init__(self, session: ComparisonSession, finding: Finding) -> None:
        super().__init__(f"Remove Link {_label(finding)}")
        self._session = session
        self._id = finding.id
        self._removed: tuple[Finding, int] | None = None
        self._event: ReviewEvent | None = None

    def redo(self) -> None:
        self._removed = self._session.remove_finding(self._id)
        self._event = self._session.record("remove_link", self._id, self._removed[0].kind.value)

    def undo(self) -> None:
        if self._removed is None:
            return
        finding, index = self._removed
        # Back at its old place, so the findings (and the file) are exactly as before.
        self._session.insert_finding(finding, index)
        if self._event is not None:
            self._session.unrecord(self._event)
