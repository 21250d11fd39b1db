"""While a comparison runs, the garbage collector sweeps young objects rarely and never walks the
whole process; afterwards the user's settings are back, whatever the comparison raised."""

from __future__ import annotations

import gc

import pytest

from desktop.core.runtime import collector
from desktop.core.runtime.collector import no_full_collections


def test_a_comparison_sweeps_young_objects_rarely_and_holds_full_sweeps_back() -> None:
    before = gc.get_threshold()
    with no_full_collections():
        young, _, full = gc.get_threshold()
        assert young >= collector._YOUNG_EVERY_DURING_COMPARISON
        assert full == collector._FULL_EVERY_DURING_COMPARISON
    assert gc.get_threshold() == before


def test_the_settings_come_back_when_a_comparison_fails() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), no_full_collections():
        raise RuntimeError("a comparison that fails")
    assert gc.get_threshold() == before
