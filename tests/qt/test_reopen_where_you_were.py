"""A journalist saves a half-read review, closes the app and reopens the file the next morning:
the window is back on the finding they were reading, not on "No finding selected"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool

from desktop.qt.dialogs import HeadlessPrompts
from desktop.qt.main_window import MainWindow
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import MAX_LAST_FINDINGS, Settings
from tests.factories import FakeCompare


def _window(qtbot, tmp_path: Path, settings: Path) -> MainWindow:
    window = MainWindow(
        ComparisonSession(compare=FakeCompare()),
        Settings(settings),
        modal_errors=False,
        prompts=HeadlessPrompts(),
        recovery_dir=tmp_path / "recovery",
    )
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_reopened_comparison_is_back_on_the_finding_read_when_it_was_saved(
    qtbot, tmp_path: Path
) -> None:
    settings = tmp_path / "settings.ini"  # one user's settings, across two runs of the app
    window = _window(qtbot, tmp_path, settings)
    left, right = tmp_path / "tass.txt", tmp_path / "reuters.txt"
    left.write_text("Ivan Kovgan died.\n", encoding="utf-8")
    right.write_text("Ivan Petrov died.\n", encoding="utf-8")
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        assert window.files.open_pair(left, right)
    for _ in range(3):
        window.action_table.next_finding.trigger()  # F7, F7, F7: the third row
    reading = window.view.current_id
    assert reading is not None
    saved = tmp_path / "kovgan.crosscheck"
    assert window.files.save_as(saved)
    window.session.wait_for_done()
    window.close()

    fresh = _window(qtbot, tmp_path, settings)
    assert fresh.files.open_comparison(saved)
    assert fresh.view.current_id == reading
    assert fresh.dock.current_id() == reading  # the table row, and so the review panel
    assert fresh.dock.review.finding is not None and fresh.dock.review.finding.id == reading
    fresh.session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_the_remembered_places_are_few_and_per_file(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    files = [tmp_path / f"story{n}.crosscheck" for n in range(MAX_LAST_FINDINGS + 1)]
    for n, path in enumerate(files):
        settings.set_last_finding(path, f"f{n:02d}")
    assert settings.last_finding(files[-1]) == f"f{MAX_LAST_FINDINGS:02d}"
    assert settings.last_finding(files[1]) == "f01"
    assert settings.last_finding(files[0]) is None  # the oldest is forgotten
    settings.set_last_finding(files[1], None)  # saved with nothing selected
    assert settings.last_finding(files[1]) is None
