"""Shared test setup: the offscreen platform, test-mode paths, and the real engine's report on the
built-in sample, computed once for the whole session (hand-made reports: ``tests.factories``)."""

import os
from pathlib import Path

# Before anything imports Qt: no display on CI or on this machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop.core.model import Report

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


@pytest.fixture(scope="session", autouse=True)
def _qt_test_paths() -> None:
    """Keep QSettings and other standard paths out of the real user's profile."""
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:  # pragma: no cover - core-only environments
        return
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(scope="session")
def sample_paths() -> tuple[Path, Path]:
    return SAMPLES / "left.txt", SAMPLES / "right.txt"


@pytest.fixture(scope="session")
def sample_report(sample_paths: tuple[Path, Path]) -> Report:
    """The real engine on the built-in sample, once per session. The real pipeline on purpose: a
    missing model must fail these tests, not skip them."""
    from desktop.core.compare import compare_files

    return compare_files(*sample_paths)
