"""The engine in its own process: started at launch, it answers as compare_files would.

A stand-in engine (no spaCy) runs in the real separate process, so what is tested is the process
and its pipe: results, progress, errors, cancelling, and a process that dies.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core.model import Report
from desktop.core.runtime.engine_process import EngineProcess
from desktop.core.runtime.errors import Cancelled, CrosscheckError, IngestError
from tests.factories import finding, report

TEXTS = ("Ivan Kovgan died.", "Ivan Petrov died.")


def _report(left: str) -> Report:
    return report(
        TEXTS,
        [finding(TEXTS, "c1", "conflict", "person", ["Ivan Kovgan"], ["Ivan Petrov"])],
        sources=(left, "right.txt"),
    )


# Stand-in engines: module-level functions, so the spawned process can import them by name.


def warm_up_noop(model: str | None) -> None:
    return None


def compare_ok(left: str, right: str, *, model=None, progress=None, cancelled=None) -> Report:
    if progress is not None:
        progress("Reading", 0.0)
        progress("Extracting", 0.5)
    # Says where it ran, so the test can tell the engine process from this one.
    where = "engine" if multiprocessing.parent_process() is not None else "window"
    return _report(f"{left}@{where}")


def compare_bad_file(left: str, right: str, **_kw: object) -> Report:
    raise IngestError(left, "not UTF-8 text")


def compare_until_cancelled(
    left: str, right: str, *, cancelled: Callable[[], bool], **_kw: object
) -> Report:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if cancelled():
            raise Cancelled()
        time.sleep(0.01)
    return _report(left)


def compare_dies_in_engine(left: str, right: str, **kw: object) -> Report:
    if multiprocessing.parent_process() is not None:
        os._exit(3)  # a crash in the engine process (a native library, say)
    return compare_ok(left, right, **kw)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> Iterator[EngineProcess]:
    process = EngineProcess(compare=request.param, warm_up=warm_up_noop)
    yield process
    process.stop()


@pytest.mark.parametrize("engine", [compare_ok], indirect=True)
def test_the_engine_process_sends_back_the_report_and_its_progress(engine: EngineProcess) -> None:
    stages: list[tuple[str, float]] = []
    result = engine.compare(
        Path("left.txt"), "right.txt", progress=lambda s, f: stages.append((s, f))
    )
    assert result.left.document.source == "left.txt@engine"
    assert result == _report("left.txt@engine")
    assert stages == [("Reading", 0.0), ("Extracting", 0.5)]
    # A second comparison is served by the same process.
    assert engine.compare("again.txt", "right.txt").left.document.source == "again.txt@engine"


@pytest.mark.parametrize("engine", [compare_bad_file], indirect=True)
def test_a_bad_file_comes_back_as_the_same_plain_message(engine: EngineProcess) -> None:
    with pytest.raises(CrosscheckError, match=r"^broken\.txt: not UTF-8 text$"):
        engine.compare("broken.txt", "right.txt")
    assert engine.alive


@pytest.mark.parametrize("engine", [compare_until_cancelled], indirect=True)
def test_cancelling_stops_the_engine_at_its_next_check(engine: EngineProcess) -> None:
    started = time.monotonic()
    with pytest.raises(Cancelled):
        engine.compare("left.txt", "right.txt", cancelled=lambda: time.monotonic() - started > 0.2)
    assert engine.alive  # ready for the next comparison


@pytest.mark.parametrize("engine", [compare_dies_in_engine], indirect=True)
def test_if_the_engine_process_dies_the_comparison_runs_here(engine: EngineProcess) -> None:
    result = engine.compare("left.txt", "right.txt")
    assert result.left.document.source == "left.txt@window"
    assert not engine.alive


def warm_up_forever(model: str | None) -> None:
    time.sleep(600)  # a model that takes its time loading


def test_giving_up_does_not_wait_for_the_model_to_load() -> None:
    engine = EngineProcess(compare=compare_ok, warm_up=warm_up_forever)
    try:
        with pytest.raises(Cancelled):
            engine.compare("left.txt", "right.txt", cancelled=lambda: True)
    finally:
        engine.stop()  # closing the window ends the engine even mid-load
    assert not engine.alive


def test_without_a_process_the_window_compares_by_itself(monkeypatch) -> None:
    import desktop.core.runtime.engine_process as engine_process

    def refuse(*_args: object, **_kw: object) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(engine_process, "_engine", None)
    monkeypatch.setattr(engine_process, "EngineProcess", refuse)
    assert engine_process.start_engine() is None
    assert engine_process.running_engine() is None
