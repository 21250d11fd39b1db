"""The comparison runs off the UI thread: progress arrives, the window stays responsive, stale or
cancelled work never reaches the screen."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer

from desktop.core.model import Report
from desktop.core.runtime.errors import Cancelled, IngestError
from desktop.qt.main_window import MainWindow
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from desktop.qt.workers import Job
from tests.factories import story_report

Progress = Callable[[str, float], None]


class GatedCompare:
    """A compare function that blocks until the test opens its gate (no sleeps), then returns a
    report named after its inputs. It checks ``cancelled`` the way the engine does."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.gates: dict[str, threading.Event] = {}
        self.honour_cancel = True

    def gate(self, name: str) -> threading.Event:
        return self.gates.setdefault(name, threading.Event())

    def __call__(
        self, left: Path, right: Path, *, progress: Progress, cancelled: Callable[[], bool]
    ) -> Report:
        progress("Loading language model", 0.1)
        self.entered.set()
        assert self.gate(Path(left).name).wait(30), "test never opened the gate"
        if self.honour_cancel and cancelled():
            raise Cancelled()
        progress("Aligning", 0.9)
        return story_report(left_source=str(left), right_source=str(right))


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name in ("a.txt", "b.txt", "c.txt"):
        paths[name] = tmp_path / name
        paths[name].write_text("text\n", encoding="utf-8")
    return paths


@pytest.fixture
def gated(qtbot, settings: Settings):
    compare = GatedCompare()
    session = ComparisonSession(compare=compare)
    window = MainWindow(session, settings, modal_errors=False)
    qtbot.addWidget(window)
    window.show()
    yield compare, session, window
    for gate in compare.gates.values():
        gate.set()
    session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_job_reports_progress_then_result_then_finished(qtbot) -> None:
    def work(x: int, *, progress: Progress, cancelled: Callable[[], bool]) -> int:
        progress("Extracting", 0.5)
        return x * 2

    job = Job(work, 21, generation=7)
    signals = job.signals
    with qtbot.waitSignals(
        [signals.started, signals.progress, signals.returned, signals.finished],
        order="strict",
        check_params_cbs=[
            lambda generation: generation == 7,
            lambda generation, stage, fraction: (
                (generation, stage, fraction) == (7, "Extracting", 0.5)
            ),
            lambda generation, result: (generation, result) == (7, 42),
            lambda generation: generation == 7,
        ],
        timeout=10_000,
    ):
        job.start()
    qtbot.waitUntil(job.is_done)


def test_job_errors_arrive_as_a_signal(qtbot) -> None:
    def work(*, progress: Progress, cancelled: Callable[[], bool]) -> None:
        raise IngestError("x.pdf", "the PDF has no text layer")

    job = Job(work, generation=3)
    with qtbot.waitSignal(job.signals.errored, timeout=10_000) as blocker:
        job.start()
    generation, error = blocker.args
    assert generation == 3 and isinstance(error, IngestError)
    qtbot.waitUntil(job.is_done)


def test_window_stays_responsive_while_the_comparison_runs(qtbot, gated, articles) -> None:
    compare, session, window = gated
    stages: list[str] = []
    session.progressChanged.connect(lambda stage, _f: stages.append(stage))
    with qtbot.waitSignal(session.busyChanged, timeout=5_000):
        window.files.open_pair(articles["a.txt"], articles["b.txt"])
    assert compare.entered.wait(10)
    # The worker is blocked mid-comparison; the event loop must still run timers and repaint.
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2_000)
    qtbot.waitUntil(lambda: "Loading language model" in stages, timeout=2_000)
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    assert window.stage.text() == "Loading language model…"
    window.zoom(+1)  # the UI still does what it is asked
    with qtbot.waitSignal(session.reportChanged, timeout=10_000):
        compare.gate("a.txt").set()
    qtbot.waitUntil(lambda: not session.busy, timeout=5_000)
    assert not window.progress.isVisible()
    # After the engine, the worker works out what the window will paint, and says so.
    assert stages[-2:] == ["Aligning", "Preparing the view"]


def test_new_files_mid_run_cancel_the_old_run_and_drop_its_result(qtbot, gated, articles) -> None:
    compare, session, window = gated
    compare.honour_cancel = False  # worst case: the old run finishes anyway and returns a report
    applied: list[str] = []
    session.reportChanged.connect(lambda r: applied.append(Path(r.left.document.source).name))
    window.files.open_pair(articles["a.txt"], articles["b.txt"])
    assert compare.entered.wait(10)
    window.files.open_pair(articles["c.txt"], articles["b.txt"])  # queued behind the running one
    compare.gate("c.txt").set()
    with qtbot.waitSignal(session.reportChanged, timeout=10_000):
        compare.gate("a.txt").set()
    qtbot.waitUntil(lambda: not session.busy, timeout=5_000)
    assert applied == ["c.txt"], "the stale a.txt result must never be shown"
    assert window.view.report is not None
    assert Path(window.view.report.left.document.source).name == "c.txt"


def test_cancel_keeps_the_current_comparison(qtbot, gated, articles) -> None:
    compare, session, window = gated
    compare.gate("a.txt").set()
    with qtbot.waitSignal(session.reportChanged, timeout=10_000):
        window.files.open_pair(articles["a.txt"], articles["b.txt"])
    qtbot.waitUntil(lambda: not session.busy, timeout=5_000)
    shown = window.view.report
    compare.entered.clear()
    failures: list[str] = []
    session.failed.connect(failures.append)
    window.files.open_pair(articles["c.txt"], articles["b.txt"])
    assert compare.entered.wait(10)
    with qtbot.waitSignal(session.busyChanged, timeout=10_000) as blocker:
        window.cancel_button.click()
        compare.gate("c.txt").set()
    assert blocker.args == [False]
    assert window.view.report is shown
    assert failures == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert [p.name for p in session.paths.values() if p] == ["a.txt", "b.txt"]


def test_an_unreadable_file_reports_and_keeps_the_comparison(
    qtbot, settings: Settings, articles
) -> None:
    calls: list[str] = []

    def compare(
        left: Path, right: Path, *, progress: Progress, cancelled: Callable[[], bool]
    ) -> Report:
        calls.append(Path(left).name)
        if Path(left).name == "c.txt":
            raise IngestError(left, "cannot be decoded as text")
        return story_report(left_source=str(left), right_source=str(right))

    session = ComparisonSession(compare=compare)
    window = MainWindow(session, settings, modal_errors=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(session.reportChanged, timeout=10_000):
        window.files.open_pair(articles["a.txt"], articles["b.txt"])
    shown = window.view.report
    with qtbot.waitSignal(session.failed, timeout=10_000) as blocker:
        window.files.open_pair(articles["c.txt"], articles["b.txt"])
    assert "cannot be decoded" in blocker.args[0]
    assert window.view.report is shown
    assert "a.txt" in window.windowTitle()
    session.wait_for_done()
