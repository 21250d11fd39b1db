"""Core fixtures: the real English pipeline, loaded once, and the built-in sample compared once."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.model import Report

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture(scope="session")
def sample_paths() -> tuple[Path, Path]:
    return SAMPLES / "left.txt", SAMPLES / "right.txt"


@pytest.fixture(scope="session")
def sample_report(sample_paths: tuple[Path, Path]) -> Report:
    # The real pipeline on purpose: a missing model must fail these tests, not skip them.
    from desktop.core.compare import compare_files

    return compare_files(*sample_paths)
