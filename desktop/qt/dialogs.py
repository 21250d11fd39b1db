"""Every question the window asks the user, behind one small interface.

``DialogPrompts`` asks with real (modal) dialogs. ``HeadlessPrompts`` never blocks: it answers from
attributes a test (or the screenshot command) sets and records what was asked, so closing with
unsaved work, a recovery offer or Save As can be exercised without a display or a human.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.persistence.persist import Recovery, load_comparison
from desktop.core.runtime.errors import ReportFormatError

UnsavedAnswer = Literal["save", "discard", "cancel"]
RecoveryAnswer = Literal["restore", "discard", "later"]


class Prompts:
    """The questions; subclasses answer them."""

    def unsaved_changes(self, parent: QWidget, name: str, action: str) -> UnsavedAnswer:
        raise NotImplementedError

    def confirm(self, parent: QWidget, title: str, text: str, ok: str) -> bool:
        raise NotImplementedError

    def offer_recovery(self, parent: QWidget, recovery: Recovery) -> RecoveryAnswer:
        raise NotImplementedError

    def save_path(self, parent: QWidget, caption: str, suggested: Path, filter: str) -> Path | None:
        raise NotImplementedError


def recovery_articles(recovery: Recovery) -> str | None:
    """ "“Quake kills 40” and “Earthquake toll rises”": the articles a recovery copy compares
    (their titles, else their file names); None when the copy cannot be read."""
    try:
        report = load_comparison(recovery.file).report
    except (ReportFormatError, OSError):
        return None
    names = []
    for document in (report.left.document, report.right.document):
        names.append(f"“{document.title or Path(document.source).name}”")
    return " and ".join(names)


def local_time(stamp: str) -> str:
    """An ISO UTC stamp ("2026-12-03T20:15:00Z") as the reader's local time: "3 Dec 2026, 21:15"."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"


def recovery_text(recovery: Recovery) -> tuple[str, str]:
    """The question and the details for a recovery copy (shared by both implementations)."""
    if recovery.problem:
        return (
            "A recovery copy of unsaved work cannot be read.",
            f"{recovery.file.name}: {recovery.problem}.\n\nDiscard it, or keep it for later?",
        )
    articles = recovery_articles(recovery)
    if recovery.original:
        name = f"“{recovery.original.name}”"
    else:
        name = f"the comparison of {articles}" if articles else "an unsaved comparison"
    when = f" (last changed {local_time(recovery.written_at)})" if recovery.written_at else ""
    details = (
        f"Crosscheck closed before your review of {name} was saved{when}."
        "\n\nRestore it to continue where you left off, or discard it."
    )
    if recovery.original and articles:
        details += f"\n\nArticles: {articles}"
    if recovery.original:
        details += f"\nSaved file: {recovery.original}"
    return f"Restore unsaved work on {name}?", details


class DialogPrompts(Prompts):
    def unsaved_changes(self, parent: QWidget, name: str, action: str) -> UnsavedAnswer:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Crosscheck")
        box.setText(f"Save your review of {name} before {action}?")
        box.setInformativeText("Statuses, notes and links you have not saved will be lost.")
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        if answer == buttons.Save:
            return "save"
        if answer == buttons.Discard:
            return "discard"
        return "cancel"

    def confirm(self, parent: QWidget, title: str, text: str, ok: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Crosscheck")
        box.setText(title)
        box.setInformativeText(text)
        accept = box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    def offer_recovery(self, parent: QWidget, recovery: Recovery) -> RecoveryAnswer:
        title, details = recovery_text(recovery)
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Crosscheck: recover unsaved work")
        box.setText(title)
        box.setInformativeText(details)
        restore = None
        if not recovery.problem:
            restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            return "restore"
        return "discard" if clicked is discard else "later"

    def save_path(self, parent: QWidget, caption: str, suggested: Path, filter: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested), filter)
        return Path(name) if name else None


@dataclass
class HeadlessPrompts(Prompts):
    """Answers set in advance; every question is appended to ``asked`` as (kind, text)."""

    unsaved_answer: UnsavedAnswer = "discard"
    confirm_answer: bool = True
    recovery_answer: RecoveryAnswer = "later"
    save_paths: list[Path] = field(default_factory=list)  # consumed in order; empty: cancelled
    asked: list[tuple[str, str]] = field(default_factory=list)
    suggested: list[Path] = field(default_factory=list)  # the path each save dialog offered

    def unsaved_changes(self, parent: QWidget, name: str, action: str) -> UnsavedAnswer:
        self.asked.append(("unsaved", f"{name} before {action}"))
        return self.unsaved_answer

    def confirm(self, parent: QWidget, title: str, text: str, ok: str) -> bool:
        self.asked.append(("confirm", title))
        return self.confirm_answer

    def offer_recovery(self, parent: QWidget, recovery: Recovery) -> RecoveryAnswer:
        self.asked.append(("recovery", str(recovery.file)))
        if recovery.problem and self.recovery_answer == "restore":
            return "later"
        return self.recovery_answer

    def save_path(self, parent: QWidget, caption: str, suggested: Path, filter: str) -> Path | None:
        self.asked.append(("save_path", caption))
        self.suggested.append(suggested)
        return self.save_paths.pop(0) if self.save_paths else None
