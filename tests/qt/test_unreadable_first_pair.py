"""A journalist's first comparison fails: one file is empty (or binary, or a broken PDF) and is
found out only while it is read. The window must not go on saying "Reading…" and "Comparing…"
as if still at work: it names the file and the reason, lets the bad file go and keeps the good
one waiting for a partner. With a comparison on screen, a failure leaves it alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.model import Report, Side
from desktop.core.runtime.engine_process import error_of, failure_of
from desktop.core.runtime.errors import IngestError
from desktop.qt.main_window import MainWindow
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.factories import story_report

Progress = Callable[[str, float], None]


def refusing(*bad_names: str, process: bool = False) -> Callable[..., Report]:
    """An engine that finds ``bad_names`` unreadable only once it reads them, as the real one
    finds an empty or binary file; with ``process``, the error comes back as the engine process
    sends it, through what it pickles (``failure_of``) and what the window rebuilds
    (``error_of``)."""

    def compare(
        left: Path, right: Path, *, progress: Progress, cancelled: Callable[[], bool]
    ) -> Report:
        for path in (left, right):
            if path.name in bad_names:
                error = IngestError(path, "is empty")
                raise error_of(failure_of(error)) if process else error
        return story_report(left_source=str(left), right_source=str(right))

    return compare


def _window(qtbot, settings: Settings, compare: Callable[..., Report]) -> MainWindow:
    window = MainWindow(ComparisonSession(compare=compare), settings, modal_errors=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _files(tmp_path: Path, *names: str) -> list[Path]:
    paths = [tmp_path / name for name in names]
    for path in paths:
        path.write_text("An article.\n", encoding="utf-8")
    return paths


def _done(window: MainWindow) -> None:
    window.session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.mark.parametrize("process", [False, True], ids=["in-window", "engine-process"])
def test_an_empty_first_file_is_named_and_the_window_stops_saying_it_is_reading(
    qtbot, settings: Settings, tmp_path: Path, process: bool
) -> None:
    window = _window(qtbot, settings, refusing("empty.txt", process=process))
    empty, good = _files(tmp_path, "empty.txt", "agency.txt")
    with qtbot.waitSignal(window.session.failed, timeout=10_000) as blocker:
        assert window.files.open_pair(empty, good)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5_000)
    message = blocker.args[0]
    assert message.startswith("Could not open “empty.txt”: is empty.")
    assert "agency.txt is open on the right" in message
    assert "on screen is unchanged" not in message  # nothing was on screen
    assert window.last_error == message
    assert "Comparing" not in window.view.summary.text()
    left, right = window.view.panes[Side.LEFT], window.view.panes[Side.RIGHT]
    assert "Reading" not in left.meta.full_text() + right.meta.full_text()
    assert left.title.full_text() == "No article yet"
    assert right.title.full_text() == "agency.txt"
    assert right.meta.full_text() == "Waiting for the other article"
    # Another left article is compared with the one kept waiting.
    (fresh,) = _files(tmp_path, "wire.txt")
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        assert window.files.open_side(Side.LEFT, fresh)
    assert window.view.report is not None
    assert Path(window.view.report.right.document.source) == good
    _done(window)


def broken(left: Path, right: Path, *, progress: Progress, cancelled: Callable[[], bool]) -> Report:
    raise RuntimeError("the language model is damaged")


def test_an_engine_message_naming_the_resolved_path_still_lets_the_file_go(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    """The articles were opened through a link to their folder; the engine names the real path."""

    def compare(
        left: Path, right: Path, *, progress: Progress, cancelled: Callable[[], bool]
    ) -> Report:
        raise error_of(failure_of(IngestError(left.resolve(), "is empty")))

    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    _files(real, "empty.txt", "agency.txt")
    window = _window(qtbot, settings, compare)
    empty, good = tmp_path / "link" / "empty.txt", tmp_path / "link" / "agency.txt"
    with qtbot.waitSignal(window.session.failed, timeout=10_000) as blocker:
        window.files.open_pair(empty, good)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5_000)
    assert "agency.txt is open on the right" in blocker.args[0]
    assert window.session.paths == {Side.LEFT: None, Side.RIGHT: good}
    _done(window)


def test_a_first_comparison_that_breaks_leaves_an_empty_window_that_says_so(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    window = _window(qtbot, settings, broken)
    left, right = _files(tmp_path, "a.txt", "b.txt")
    with qtbot.waitSignal(window.session.failed, timeout=10_000) as blocker:
        window.files.open_pair(left, right)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5_000)
    assert "failed unexpectedly" in blocker.args[0]
    assert window.view.summary.text() == "No comparison yet."
    # The review panel says how to start one, not which keys step through findings.
    hint = window.dock.review.context_text()
    assert "File › Open" in hint and "F8" not in hint
    for side in Side:
        assert window.view.panes[side].title.full_text() == "No article yet"
        assert window.session.paths[side] is None
    _done(window)


def test_a_failure_with_a_comparison_on_screen_keeps_it_and_its_files(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    """...and says so, so the journalist need not wonder whether the findings shown are stale."""
    window = _window(qtbot, settings, refusing("empty.txt"))
    first, second, empty = _files(tmp_path, "first.txt", "second.txt", "empty.txt")
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        window.files.open_pair(first, second)
    shown = window.view.report
    with qtbot.waitSignal(window.session.failed, timeout=10_000) as blocker:
        window.files.open_pair(empty, second)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5_000)
    assert "is open on the" not in blocker.args[0]  # nothing was let go
    assert blocker.args[0] == (
        "Could not open “empty.txt”: is empty. The comparison on screen is unchanged."
    )
    assert window.view.report is shown
    assert window.session.paths == {Side.LEFT: first, Side.RIGHT: second}
    _done(window)


def test_a_file_refused_before_reading_names_it_and_keeps_the_comparison_shown(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    window = _window(qtbot, settings, refusing())
    first, second = _files(tmp_path, "first.txt", "second.txt")
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        window.files.open_pair(first, second)
    sheet = tmp_path / "figures.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    with qtbot.waitSignal(window.session.failed, timeout=10_000) as blocker:
        assert not window.files.open_side(Side.LEFT, sheet)
    message = blocker.args[0]
    assert message.startswith("Could not open “figures.xlsx”: unsupported file type")
    assert message.endswith("The comparison on screen is unchanged.")
    assert window.session.paths == {Side.LEFT: first, Side.RIGHT: second}
    _done(window)
