"""Run a blocking function in ``QThreadPool`` and hear about it through Qt signals.

The superqt/napari shape: a ``QRunnable`` (not a QObject) owns a composed ``JobSignals`` QObject.
Every signal carries the job's generation id so the receiver can drop results from work it no longer
wants. Cancelling is cooperative: the function gets a ``cancelled()`` callable to poll, as
``desktop.core.compare.compare_files`` does between stages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    started = Signal(int)  # generation
    progress = Signal(int, str, float)  # generation, stage, 0..1
    returned = Signal(int, object)  # generation, result
    errored = Signal(int, object)  # generation, exception
    finished = Signal(int)  # generation; always last, after returned or errored


class Job(QRunnable):
    """Calls ``fn(*args, progress=..., cancelled=..., **kwargs)`` on a pool thread."""

    def __init__(
        self, fn: Callable[..., Any], *args: Any, generation: int = 0, **kwargs: Any
    ) -> None:
        super().__init__()
        # Python owns the job: Qt deleting it after run() would leave our reference dangling.
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.generation = generation
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_done(self) -> bool:
        return self._done.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)

    def _progress(self, stage: str, fraction: float) -> None:
        self.signals.progress.emit(self.generation, stage, float(fraction))

    def run(self) -> None:
        generation = self.generation
        self.signals.started.emit(generation)
        try:
            result = self.fn(
                *self.args, progress=self._progress, cancelled=self._cancel.is_set, **self.kwargs
            )
        except BaseException as exc:
            self.signals.errored.emit(generation, exc)
        else:
            self.signals.returned.emit(generation, result)
        finally:
            self._done.set()
            self.signals.finished.emit(generation)
