"""The current comparison: which files, the report, and the background job computing the next one.

Widgets talk to this object only. It validates input before starting work (so a bad drop never
disturbs the comparison on screen), runs ``compare_files`` in a ``Job``, and applies a result only
if it comes from the latest request (generation ids). A request arriving mid-run cancels the running
job and waits for it to stop before starting: one pipeline at a time, nothing stale on screen.

Issue 4 (review statuses, notes, undo, .crosscheck files) will keep its state here, beside
``report``: the findings table already has a status column for it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from desktop.core.errors import Cancelled, CrosscheckError
from desktop.core.model import Report, Side
from desktop.qt.workers import Job

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")
SUPPORTED_TEXT = ".txt, .md, .html, .docx, .pdf"

CompareFn = Callable[..., Report]


def check_input(path: Path) -> str | None:
    """A user-ready reason why ``path`` cannot be an article, or None if it is worth trying.

    Only cheap checks: the reader in the worker still reports damaged or undecodable files."""
    name = path.name or str(path)
    if path.is_dir():
        return f"“{name}” is a folder. Drop article files ({SUPPORTED_TEXT}), not folders."
    if not path.exists():
        return f"“{name}” was not found."
    if path.suffix.lower() not in supported_suffixes():
        kind = f"“{path.suffix}” files" if path.suffix else "files without an extension"
        return f"“{name}” cannot be compared: {kind} are not supported (use {SUPPORTED_TEXT})."
    if not os.access(path, os.R_OK):
        return f"“{name}” cannot be read (permission denied)."
    return None


def supported_suffixes() -> frozenset[str]:
    """The reader's own list when it is importable, so the window never disagrees with it."""
    try:
        from desktop.core.ingest.registry import SUPPORTED_EXTENSIONS
    except ImportError:  # pragma: no cover - ingest missing in a partial checkout
        return frozenset(SUPPORTED_SUFFIXES)
    return frozenset(SUPPORTED_EXTENSIONS)


def _default_compare(*args: Any, **kwargs: Any) -> Report:
    # Imported on first use so the window paints before spaCy and the engine are loaded.
    from desktop.core.compare import compare_files

    return compare_files(*args, **kwargs)


class ComparisonSession(QObject):
    reportChanged = Signal(object)  # Report
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
        self.report: Report | None = None
        self.paths: dict[Side, Path | None] = {Side.LEFT: None, Side.RIGHT: None}
        self.generation = 0
        self._job: Job | None = None
        self._pending: tuple[int, Path, Path] | None = None
        self._jobs: set[Job] = set()  # keep running jobs (and their signals) alive until finished
        self._busy = False

    # -- requests ------------------------------------------------------------------------------

    def open_pair(self, left: Path, right: Path) -> bool:
        """Compare two files; False (and ``failed``) if either is unusable."""
        for path in (left, right):
            problem = check_input(path)
            if problem is not None:
                self.failed.emit(problem)
                return False
        self._request(left, right)
        return True

    def open_side(self, side: Side, path: Path) -> bool:
        """Replace one side, keeping the other article."""
        problem = check_input(path)
        if problem is not None:
            self.failed.emit(problem)
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
        job = Job(self._compare, left, right, generation=generation)
        job.signals.progress.connect(self._on_progress)
        job.signals.returned.connect(self._on_returned)
        job.signals.errored.connect(self._on_errored)
        job.signals.finished.connect(self._on_finished)
        self._job = job
        self._jobs.add(job)
        self._set_busy(True)
        self.progressChanged.emit("Starting", 0.0)
        job.start(self._pool)

    @Slot(int, str, float)
    def _on_progress(self, generation: int, stage: str, fraction: float) -> None:
        if generation == self.generation:
            self.progressChanged.emit(stage, fraction)

    @Slot(int, object)
    def _on_returned(self, generation: int, report: object) -> None:
        if generation != self.generation or not isinstance(report, Report):
            return  # stale: the user has asked for something else since
        self.report = report
        self.reportChanged.emit(report)

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
        if isinstance(error, Cancelled):
            self.notice.emit(
                "Comparison cancelled; the previous comparison is still shown."
                if self.report is not None
                else "Comparison cancelled."
            )
        elif isinstance(error, CrosscheckError):
            self.failed.emit(str(error))
        else:
            self.failed.emit(f"The comparison failed unexpectedly: {error!r}")

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

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)
