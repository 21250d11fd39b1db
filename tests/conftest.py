"""Shared test setup. Kept light: the core tests have their own conftest in tests/core/."""

import os

# Before anything imports Qt: no display on CI or on this machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(scope="session", autouse=True)
def _qt_test_paths() -> None:
    """Keep QSettings and other standard paths out of the real user's profile."""
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:  # pragma: no cover - core-only environments
        return
    QStandardPaths.setTestModeEnabled(True)
