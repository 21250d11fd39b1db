"""Clicking the band between the articles: the pair under the pointer is the one asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.core.model import FindingKind
from desktop.qt.link_map import Band, band_at
from desktop.qt.main_window import MainWindow
from tests.qt.qt_helpers import open_story

WIDTH = 56.0


def _band(index: int, left: tuple[float, float], right: tuple[float, float]) -> Band:
    return Band(index, left[0], left[1], right[0], right[1], FindingKind.AGREE, 0.9)


def test_a_click_inside_a_sloping_band_finds_it_and_a_click_beside_it_does_not() -> None:
    # The band runs from y 100..120 on the left down to 300..320 on the right.
    band = _band(0, (100, 120), (300, 320))
    assert band_at([band], 1, 110, WIDTH) == band
    assert band_at([band], WIDTH - 1, 310, WIDTH) == band
    assert band_at([band], WIDTH / 2, 210, WIDTH) == band  # half-way down at mid-width
    assert band_at([band], WIDTH / 2, 110, WIDTH) is None  # the left end's height, mid-map
    assert band_at([band], 1, 200, WIDTH) is None


def test_where_bands_overlap_the_thinner_one_wins() -> None:
    wide = _band(0, (100, 200), (100, 200))
    thin = _band(1, (140, 150), (140, 150))
    assert band_at([wide, thin], WIDTH / 2, 145, WIDTH) == thin
    assert band_at([wide, thin], WIDTH / 2, 180, WIDTH) == wide


def test_a_stub_is_clickable_only_on_its_own_side() -> None:
    stub = Band(3, 100, 120, 900, 920, None, 0.5, left_visible=True, right_visible=False)
    assert band_at([stub], 4, 110, WIDTH) == stub
    assert band_at([stub], WIDTH - 4, 110, WIDTH) is None


@pytest.fixture
def comparing(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    return open_story(qtbot, window, tmp_path)


def test_clicking_a_band_in_the_window_asks_for_that_pair(qtbot, comparing: MainWindow) -> None:
    link_map = comparing.view.link_map
    bands = [b for b in link_map.bands() if not b.stub]
    assert bands, "the hand-made report has aligned pairs on screen"
    band = bands[-1]
    y = round((band.left_top + band.left_bottom) / 2)
    with qtbot.waitSignal(link_map.pairClicked, timeout=1_000) as blocker:
        qtbot.mouseClick(link_map, Qt.MouseButton.LeftButton, pos=QPoint(2, y))
    assert blocker.args == [band.index]
