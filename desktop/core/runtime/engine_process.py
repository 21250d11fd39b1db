"""The comparison engine in a process of its own, started at launch so spaCy loads while Qt starts.

Importing spaCy and loading the pipeline (about 0.9 s) is Python work that holds the interpreter
lock: on a thread beside the window it only slows the window down (``bench/startup_findings.py``
measured the window 0.9 s later and the findings no sooner). A second process runs on the other
core instead, so the language model is ready about when the window is, and the sample's findings
follow in a fraction of a second.

The protocol is a ``multiprocessing`` pipe carrying plain picklable records: a request (the two
paths and the model name), progress ``(stage, fraction)`` messages, then the ``Report`` or the
error's message. Cancelling marks the request given up in a shared number the engine's
``cancelled()`` reads between stages; the window stops waiting at once and skips the late answer.
If the process dies, the comparison runs in this process instead: the user gets the result late
rather than an error about a helper they never asked for.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from desktop.core.model import Report
from desktop.core.runtime.errors import Cancelled, CrosscheckError, IngestError

CompareFn = Callable[..., Report]
WarmUpFn = Callable[[str | None], object]

# How often (seconds) the waiting side looks at the cancel request and the pipe: short enough that
# Cancel feels immediate, long enough to cost nothing.
POLL_SECONDS = 0.05
# How far below the window the engine process runs (POSIX nice). Where a core is free it changes
# nothing; where the CPU is contended, the window must paint first and stay responsive rather than
# share the CPU evenly with a model it cannot show yet. bench/startup_findings.py on the busy dev
# machine (load 7 on 2 cores): the window came 2.05 s after launch without it, against 0.93 s with
# no engine process at all.
ENGINE_NICENESS = 10
# How long (seconds) closing waits for the engine to finish its current step before killing it.
STOP_TIMEOUT_S = 2.0


@dataclass(frozen=True, slots=True)
class _Request:
    number: int  # every answer carries it: answers to a request given up on are skipped
    left: str
    right: str
    model: str | None


@dataclass(frozen=True, slots=True)
class _Failure:
    """An exception raised in the engine, as the user-facing parts that survive pickling."""

    cancelled: bool
    user_error: bool  # a CrosscheckError: its message is fit to show as it is
    message: str
    # An IngestError's file and reason, so the window learns which file could not be read.
    unread: tuple[str, str] | None = None


def failure_of(exc: BaseException) -> _Failure:
    """What the engine sends back for ``exc``."""
    return _Failure(
        isinstance(exc, Cancelled),
        isinstance(exc, CrosscheckError),
        str(exc) or repr(exc),
        (exc.path, exc.reason) if isinstance(exc, IngestError) else None,
    )


def error_of(failure: _Failure) -> BaseException:
    """The exception the window raises for a failure the engine sent back."""
    if failure.cancelled:
        return Cancelled()
    if failure.unread is not None:
        return IngestError(*failure.unread)
    if failure.user_error:
        return CrosscheckError(failure.message)
    return RuntimeError(failure.message)


def _default_compare(*args: Any, **kwargs: Any) -> Report:
    from desktop.core.compare import compare_files

    return compare_files(*args, **kwargs)


def _default_warm_up(model: str | None) -> object:
    from desktop.core.compare import warm_up

    return warm_up(model)


def _serve(
    conn: Connection,
    given_up: Any,  # a shared RawValue("q"): requests up to this number are given up
    compare: CompareFn,
    warm_up: WarmUpFn,
    model: str | None,
) -> None:
    """The engine process: load the pipeline at once, then answer requests until the pipe closes."""
    if hasattr(os, "nice"):  # POSIX; on Windows the engine runs at the window's priority
        with contextlib.suppress(OSError):
            os.nice(ENGINE_NICENESS)
    # A failure here is reported by the first request, which meets it again with its message.
    with contextlib.suppress(Exception):
        warm_up(model)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):  # the window closed (or died): nothing left to serve
            return
        try:
            conn.send(_answer(conn, given_up, compare, request))
        except (OSError, ValueError):
            return


def _answer(
    conn: Connection, given_up: Any, compare: CompareFn, request: _Request
) -> tuple[int, str, object]:
    """Run one request; progress goes out as it comes, the result or failure is returned."""
    number = request.number
    try:
        report = compare(
            request.left,
            request.right,
            model=request.model,
            progress=lambda stage, fraction: conn.send((number, "progress", stage, fraction)),
            cancelled=lambda: given_up.value >= number,
        )
    except BaseException as exc:  # every failure goes back to the window as a message
        return (number, "failed", failure_of(exc))
    return (number, "done", report)


class EngineProcess:
    """One engine process serving one comparison at a time (a lock queues the rest)."""

    def __init__(
        self,
        model: str | None = None,
        *,
        compare: CompareFn = _default_compare,
        warm_up: WarmUpFn = _default_warm_up,
    ) -> None:
        self._model = model
        self._compare = compare
        # "spawn" everywhere: a fresh interpreter, safe beside Qt's threads and the same on every
        # platform (fork is unsafe once threads run, and macOS and Windows lack it).
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._given_up = context.RawValue("q", 0)  # one writer (here): no lock needed
        self._process = context.Process(
            target=_serve,
            args=(child, self._given_up, compare, warm_up, model),
            name="crosscheck-engine",
            daemon=True,  # ends with the window
        )
        self._process.start()
        child.close()
        self._lock = threading.Lock()
        self._alive = True
        self._requests = 0

    @property
    def alive(self) -> bool:
        return self._alive and self._process.is_alive()

    def compare(
        self,
        left: str | Path,
        right: str | Path,
        *,
        model: str | None = None,
        progress: Callable[[str, float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Report:
        """Compare in the engine process; the same contract as ``compare_files``."""
        with self._lock:
            if self.alive:
                try:
                    self._requests += 1
                    chosen = model if model is not None else self._model
                    request = _Request(self._requests, str(left), str(right), chosen)
                    return self._ask(request, progress, cancelled)
                except (EOFError, OSError, BrokenPipeError):
                    self._alive = False  # the process died: compare here instead
            return self._compare(left, right, model=model, progress=progress, cancelled=cancelled)

    def _ask(
        self,
        request: _Request,
        progress: Callable[[str, float], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> Report:
        self._conn.send(request)
        while True:
            if cancelled is not None and cancelled():
                # Stop waiting now (closing the window must not wait for a model still loading);
                # the engine stops at its next check, and its late answer is skipped.
                self._given_up.value = request.number
                raise Cancelled()
            if not self._conn.poll(POLL_SECONDS):
                if not self._process.is_alive():
                    raise EOFError("the engine process ended")
                continue
            number, kind, *rest = self._conn.recv()
            if number != request.number:
                continue  # an answer to a comparison given up on
            if kind == "progress" and progress is not None:
                progress(str(rest[0]), float(rest[1]))
            elif kind == "done":
                report = rest[0]
                if not isinstance(report, Report):
                    raise CrosscheckError("The comparison engine sent something unexpected.")
                return report
            elif kind == "failed":
                failure = rest[0]
                assert isinstance(failure, _Failure)
                raise error_of(failure)

    def stop(self) -> None:
        """Close the pipe (the engine exits when it has nothing to read) and wait briefly."""
        self._alive = False
        self._given_up.value = self._requests
        self._conn.close()
        self._process.join(STOP_TIMEOUT_S)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(STOP_TIMEOUT_S)


_engine: EngineProcess | None = None


def start_engine(model: str | None = None) -> EngineProcess | None:
    """Start the shared engine process (once); the window calls this first thing at launch.

    None if no process could be started (a sandbox forbidding it, no file descriptors left):
    comparisons then run in the window's process, as they would without this module.
    """
    global _engine
    if _engine is None:
        try:
            _engine = EngineProcess(model)
        except (OSError, RuntimeError):
            return None
    return _engine


def running_engine() -> EngineProcess | None:
    """The shared engine if it was started and still runs; None: compare in this process."""
    return _engine if _engine is not None and _engine.alive else None
