"""The current comparison: which files, the report, and the background job computing the next one.

Widgets talk to this object only. It validates input before starting work (so a bad drop never
disturbs the comparison on screen), runs ``compare_files`` in a ``Job``, and applies a result only
if it comes from the latest request (generation ids). A request arriving mid-run cancels the running
job and waits for it to stop before starting: one pipeline at a time, nothing stale on screen.

The review lives here too: ``comparison`` (a ``SavedComparison``: the report whose findings carry
status and note, the removed ids, the history), the ``.crosscheck`` file it belongs to, and the
``QUndoStack`` whose commands (``desktop.qt.commands``) call the review methods below. Each of those
replaces the immutable report and emits ``reviewChanged``; a new comparison emits ``reportChanged``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtGui import QUndoStack

from desktop.core.model import Finding, Report, ReviewStatus, Side
from desktop.core.persistence.persist import ReviewEvent, SavedComparison, now_iso
from desktop.core.results.review import USER_ORIGIN, merge_review
from desktop.core.runtime.errors import Cancelled, CrosscheckError, IngestError
from desktop.qt.prepared import warm
from desktop.qt.workers import Job

CompareFn = Callable[..., Report]


def could_not_open(name: str, reason: str) -> str:
    """The window's one wording for a file (or a link) it cannot open, and why."""
    return f"Could not open “{name}”: {reason}"


def check_input(path: Path) -> str | None:
    """A user-ready reason why ``path`` cannot be an article, or None if it is worth trying.

    The reader's own cheap checks (it exists, is a file, has a type the reader knows, is readable),
    so the window never disagrees with it; the worker still reports damaged or undecodable files.
    """
    # Imported on first use: the ingest package loads date parsing, which the first paint does not
    # need.
    from desktop.core.ingest.files import PERMISSION_DENIED, check_file
    from desktop.core.ingest.registry import reader_for

    try:
        check_file(str(path))
        reader_for(str(path))
    except IngestError as exc:
        reason = exc.reason
    else:
        if os.access(path, os.R_OK):
            return None
        reason = PERMISSION_DENIED
    return f"“{path.name or path}”: {reason}."


def _could_not_read(error: object, path: Path | None) -> bool:
    """Whether ``error`` says ``path`` could not be read (the engine process sends an
    IngestError back as one, ``engine_process.error_of``)."""
    return (
        path is not None
        and isinstance(error, IngestError)
        and Path(error.path).resolve() == path.resolve()
    )


def _default_compare(*args: Any, **kwargs: Any) -> Report:
    # The engine process started at launch, which has the pipeline loaded by now; else compare
    # here, imported on first use so the window paints before spaCy and the engine are loaded.
    from desktop.core.runtime.engine_process import running_engine

    engine = running_engine()
    if engine is not None:
        return engine.compare(*args, **kwargs)
    from desktop.core.compare import compare_files

    return compare_files(*args, **kwargs)


class ComparisonSession(QObject):
    reportChanged = Signal(object)  # Report: a new comparison (computed, opened or re-run)
    reviewChanged = Signal(object, object)  # Report, tuple[str, ...] ids edited: same comparison
    modifiedChanged = Signal(bool)  # unsaved review work appeared or went away
    fileChanged = Signal(object)  # Path | None: the .crosscheck file the comparison belongs to
    busyChanged = Signal(bool)
    progressChanged = Signal(str, float)  # stage, 0..1
    failed = Signal(str)  # a message for the user; the current report is unchanged
    notice = Signal(str)  # something worth a status-bar line (e.g. cancelled), not an error
    pathsChanged = Signal(object, object)  # left, right (Path | None): what is being compared

    def __init__(
        self,
        compare: CompareFn | None = None,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._compare = compare or _default_compare
        self._pool = pool or QThreadPool.globalInstance()
        self.comparison: SavedComparison | None = None
        self.file_path: Path | None = None
        self.user: str | None = None  # "by" in the review history
        self.undo_stack = QUndoStack(self)
        # Bound methods, not lambdas: Qt drops them with their receiver (the stack emits while
        # dying).
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        # Unsaved work the undo stack cannot see: a re-run or a restored recovery copy.
        self._changed_outside_stack = False
        self._was_modified = False
        self._merge_generation: int | None = None
        self.paths: dict[Side, Path | None] = {Side.LEFT: None, Side.RIGHT: None}
        self.generation = 0
        self._job: Job | None = None
        self._pending: tuple[int, Path, Path] | None = None
        self._jobs: set[Job] = set()  # keep running jobs (and their signals) alive until finished
        self._busy = False

    @property
    def report(self) -> Report | None:
        return None if self.comparison is None else self.comparison.report

    # -- requests ------------------------------------------------------------------------------

    def open_pair(self, left: Path, right: Path) -> bool:
        """Compare two files; False (and ``failed``) if either is unusable."""
        if not self._usable(left, right):
            return False
        self._request(left, right)
        return True

    def open_side(self, side: Side, path: Path) -> bool:
        """Replace one side, keeping the other article."""
        if not self._usable(path):
            return False
        other = self.paths[side.other]
        if other is None:
            # Nothing to compare with yet: remember it and wait for the other article.
            self.paths[side] = path
            self.pathsChanged.emit(self.paths[Side.LEFT], self.paths[Side.RIGHT])
            return True
        left, right = (path, other) if side is Side.LEFT else (other, path)
        self._request(left, right)
        return True

    def rerun(self, left: Path, right: Path) -> bool:
        """Compare the sources again and carry the review over to the new report (not undoable:
        the undo history is cleared when the result arrives)."""
        if not self._usable(left, right):
            return False
        self._request(left, right)
        self._merge_generation = self.generation
        return True

    def _usable(self, *paths: Path) -> bool:
        """Every path an article can be read from; else False, and ``failed`` with the first
        problem."""
        for path in paths:
            problem = check_input(path)
            if problem is not None:
                self.failed.emit(f"Could not open {problem}{self._still_shown()}")
                return False
        return True

    def _still_shown(self) -> str:
        """What a refused file leaves on screen, said so the journalist need not check."""
        return " The comparison on screen is unchanged." if self.report is not None else ""

    def cancel(self) -> None:
        self._pending = None
        if self._job is not None:
            self._job.cancel()

    @property
    def busy(self) -> bool:
        return self._busy

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """For shutdown and tests: cancel and wait for the pool to drain."""
        self.cancel()
        return self._pool.waitForDone(msecs)

    # -- job handling --------------------------------------------------------------------------

    def _request(self, left: Path, right: Path) -> None:
        self.generation += 1
        self.paths = {Side.LEFT: left, Side.RIGHT: right}
        self.pathsChanged.emit(left, right)
        if self._job is not None:
            # Let the running job stop at its next checkpoint, then start this one.
            self._job.cancel()
            self._pending = (self.generation, left, right)
            return
        self._start(self.generation, left, right)

    def _start(self, generation: int, left: Path, right: Path) -> None:
        job = Job(self._compare_and_prepare, left, right, generation=generation)
        job.signals.progress.connect(self._on_progress)
        job.signals.returned.connect(self._on_returned)
        job.signals.errored.connect(self._on_errored)
        job.signals.finished.connect(self._on_finished)
        self._job = job
        self._jobs.add(job)
        self._set_busy(True)
        self.progressChanged.emit("Starting", 0.0)
        job.start(self._pool)

    def _compare_and_prepare(self, *args: Any, **kwargs: Any) -> Any:
        """On the worker thread: the engine, then what the window will paint for its report
        (``desktop.qt.prepared``), so the UI thread only applies it."""
        report = self._compare(*args, **kwargs)
        if isinstance(report, Report):
            kwargs["progress"]("Preparing the view", 1.0)
            warm(report)
        return report

    @Slot(int, str, float)
    def _on_progress(self, generation: int, stage: str, fraction: float) -> None:
        if generation == self.generation:
            self.progressChanged.emit(stage, fraction)

    @Slot(int, object)
    def _on_returned(self, generation: int, report: object) -> None:
        if generation != self.generation or not isinstance(report, Report):
            return  # stale: the user has asked for something else since
        if generation == self._merge_generation and self.comparison is not None:
            merged, lost = merge_review(self.comparison, report)
            self._set_comparison(merged, self.file_path, changed=True)
            if lost:
                self.notice.emit(
                    f"{lost} link{'s' if lost != 1 else ''} you added no longer fit the changed "
                    "text and were left out."
                )
            return
        self._set_comparison(SavedComparison(report=report), None, changed=False)

    @Slot(int, object)
    def _on_errored(self, generation: int, error: object) -> None:
        if generation != self.generation:
            return
        if self.report is not None:
            # The comparison on screen stays; so must the names of the files it came from.
            self.paths = {
                Side.LEFT: Path(self.report.left.document.source),
                Side.RIGHT: Path(self.report.right.document.source),
            }
            self.pathsChanged.emit(self.paths[Side.LEFT], self.paths[Side.RIGHT])
        kept = "" if self.report is not None else self._forget_unread(error)
        if isinstance(error, Cancelled):
            self.notice.emit(
                "Comparison cancelled; the previous comparison is still shown."
                if self.report is not None
                else "Comparison cancelled."
            )
        elif isinstance(error, IngestError):
            told = could_not_open(Path(error.path).name, error.reason)
            self.failed.emit(f"{told}{kept or '.'}{self._still_shown()}")
        elif isinstance(error, CrosscheckError):
            self.failed.emit(f"{error}{kept}")
        else:
            self.failed.emit(f"The comparison failed unexpectedly: {error!r}{kept}")

    def _forget_unread(self, error: object) -> str:
        """Nothing on screen and nothing compared: the panes must stop saying "Reading…". The
        file that could not be read is let go and the other one waits for a partner, as when a
        file is refused before any work; after a cancel or any other failure both are let go.
        Returns what to add to the message ("b.txt is open on the right: ...")."""
        unread = [side for side, path in self.paths.items() if _could_not_read(error, path)]
        kept = ""
        for side in Side:
            path = self.paths[side]
            if path is None or not unread or side in unread:
                self.paths[side] = None
            else:
                kept += f". {path.name} is open on the {side.value}: add a second article."
        self.pathsChanged.emit(self.paths[Side.LEFT], self.paths[Side.RIGHT])
        return kept

    @Slot(int)
    def _on_finished(self, generation: int) -> None:
        for job in [j for j in self._jobs if j.generation == generation]:
            self._jobs.discard(job)
        if self._job is not None and self._job.generation == generation:
            self._job = None
        if self._pending is not None and self._job is None:
            pending, self._pending = self._pending, None
            self._start(*pending)
            return
        if self._job is None:
            self._set_busy(False)

    # -- the comparison and its file ------------------------------------------------------------

    def load(self, saved: SavedComparison, path: Path | None, *, changed: bool = False) -> None:
        """Show a saved comparison as it is: no worker, no source files needed. ``changed``: it
        is unsaved work (a restored recovery copy)."""
        self.cancel()
        self.generation += 1  # a comparison still running must not replace this one
        self.paths = {
            Side.LEFT: Path(saved.report.left.document.source),
            Side.RIGHT: Path(saved.report.right.document.source),
        }
        self.pathsChanged.emit(self.paths[Side.LEFT], self.paths[Side.RIGHT])
        self._set_comparison(saved, path, changed=changed)

    def _set_comparison(self, saved: SavedComparison, path: Path | None, *, changed: bool) -> None:
        self._merge_generation = None
        self.comparison = saved
        # A new comparison is not an undo step: the old commands refer to findings now gone.
        self.undo_stack.clear()
        self._changed_outside_stack = changed
        self._set_file(path)
        self.reportChanged.emit(saved.report)
        self._emit_modified()

    def _set_file(self, path: Path | None) -> None:
        if path != self.file_path:
            self.file_path = path
            self.fileChanged.emit(path)

    @property
    def modified(self) -> bool:
        """Review work not yet saved (a fresh comparison with no review is not: it can be
        re-run)."""
        return self.comparison is not None and (
            self._changed_outside_stack or not self.undo_stack.isClean()
        )

    def mark_saved(self, path: Path, saved: SavedComparison) -> None:
        """After a successful save: the file is ``path``, holding ``saved`` (stamped)."""
        self.comparison = saved
        self._changed_outside_stack = False
        self._set_file(path)
        self.undo_stack.setClean()
        self._emit_modified()

    @Slot(bool)
    def _on_clean_changed(self, _clean: bool) -> None:
        self._emit_modified()

    def _emit_modified(self) -> None:
        modified = self.modified
        if modified != self._was_modified:
            self._was_modified = modified
            self.modifiedChanged.emit(modified)

    # -- review edits (called by the undo commands; each replaces the report) --------------------

    def finding(self, finding_id: str) -> Finding | None:
        return None if self.report is None else self.report.finding(finding_id)

    def update_finding(
        self, finding_id: str, *, status: ReviewStatus | None = None, note: str | None = None
    ) -> Finding:
        """Set a finding's status and/or note; returns the finding as it was."""
        saved = self._require()
        findings = list(saved.report.findings)
        index = next(i for i, f in enumerate(findings) if f.id == finding_id)
        before = findings[index]
        changes: dict[str, object] = {}
        if status is not None:
            changes["status"] = status
        if note is not None:
            changes["note"] = note
        findings[index] = replace(before, **changes)  # type: ignore[arg-type]
        self._replace(saved, tuple(findings), saved.removed, (finding_id,))
        return before

    def insert_finding(self, finding: Finding, index: int | None = None) -> None:
        """Add a finding (a reviewer's link, or a removed one coming back on undo) at ``index``."""
        saved = self._require()
        findings = list(saved.report.findings)
        findings.insert(len(findings) if index is None else index, finding)
        removed = tuple(i for i in saved.removed if i != finding.id)
        self._replace(saved, tuple(findings), removed, (finding.id,))

    def remove_finding(self, finding_id: str) -> tuple[Finding, int]:
        """Remove a finding; an engine finding's id is remembered so a re-run drops it again.
        Returns the finding and where it stood, for undo."""
        saved = self._require()
        findings = list(saved.report.findings)
        index = next(i for i, f in enumerate(findings) if f.id == finding_id)
        finding = findings.pop(index)
        removed = saved.removed
        if finding.origin != USER_ORIGIN and finding_id not in removed:
            removed = (*removed, finding_id)
        self._replace(saved, tuple(findings), removed, (finding_id,))
        return finding, index

    def record(self, action: str, finding_id: str, value: str = "") -> ReviewEvent:
        """Append to the "who and when" trail; the command keeps the event to take it back."""
        saved = self._require()
        event = ReviewEvent(now_iso(), action, finding_id, value, self.user)
        self.comparison = replace(saved, history=(*saved.history, event))
        return event

    def unrecord(self, event: ReviewEvent) -> None:
        """Take back the latest occurrence of ``event`` (undo leaves the trail as it was)."""
        saved = self._require()
        history = list(saved.history)
        for i in range(len(history) - 1, -1, -1):
            if history[i] is event:
                del history[i]
                break
        self.comparison = replace(saved, history=tuple(history))

    def _require(self) -> SavedComparison:
        if self.comparison is None:
            raise RuntimeError("no comparison to review")
        return self.comparison

    def _replace(
        self,
        saved: SavedComparison,
        findings: tuple[Finding, ...],
        removed: tuple[str, ...],
        changed: tuple[str, ...],
    ) -> None:
        report = replace(saved.report, findings=findings)
        self.comparison = replace(saved, report=report, removed=removed)
        self.reviewChanged.emit(report, changed)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)
