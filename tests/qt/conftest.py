"""Fixtures for the window tests: the fake engine, an isolated settings file, and windows that never
block on dialogs (reports come from ``tests.factories``, the real one from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop.qt.dialogs import HeadlessPrompts
from desktop.qt.main_window import MainWindow
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.factories import FakeCompare


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "crosscheck.ini")


@pytest.fixture
def fake_compare() -> FakeCompare:
    return FakeCompare()


@pytest.fixture
def prompts() -> HeadlessPrompts:
    """The window's questions, answered without a dialog (set the answers, read ``asked``)."""
    return HeadlessPrompts()


@pytest.fixture
def recovery_dir(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def window(
    qtbot,
    settings: Settings,
    fake_compare: FakeCompare,
    prompts: HeadlessPrompts,
    recovery_dir: Path,
) -> Iterator[MainWindow]:
    """A window over the fake engine, not yet showing any comparison."""
    session = ComparisonSession(compare=fake_compare)
    win = MainWindow(
        session, settings, modal_errors=False, prompts=prompts, recovery_dir=recovery_dir
    )
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)
