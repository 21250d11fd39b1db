"""A journalist on a laptop closes Crosscheck and starts it again: the findings panel comes back
the size it was, not twice as wide with the articles squeezed to a third of the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.qt.dialogs import HeadlessPrompts
from desktop.qt.main_window import MainWindow
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.factories import FakeCompare


def _start(qtbot, settings: Path, size: tuple[int, int] | None) -> MainWindow:
    window = MainWindow(
        ComparisonSession(compare=FakeCompare()),
        Settings(settings),
        modal_errors=False,
        prompts=HeadlessPrompts(),
    )
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)  # the first run, on a screen this size
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window._size_dock_on_show, timeout=2_000)
    _settle(qtbot, window)  # the first-run panel placement runs from the event loop, in steps
    return window


def _settle(qtbot, window: MainWindow) -> None:
    """Wait until the panel's size has held for a few event-loop rounds (under load the side
    panel was measured at 344 px, before the step that fits it to 380 had run)."""
    seen, held = window.dock.size(), 0
    for _ in range(100):
        qtbot.wait(20)
        now = window.dock.size()
        held = held + 1 if now == seen else 0
        seen = now
        if held >= 5:
            return


@pytest.mark.parametrize(
    ("size", "area"),
    [
        ((1280, 720), Qt.DockWidgetArea.RightDockWidgetArea),
        ((1920, 1080), Qt.DockWidgetArea.BottomDockWidgetArea),
    ],
)
def test_the_findings_panel_comes_back_the_size_it_was(
    qtbot, tmp_path: Path, size: tuple[int, int], area: Qt.DockWidgetArea
) -> None:
    settings = tmp_path / "settings.ini"
    first = _start(qtbot, settings, size)
    assert first.dockWidgetArea(first.dock) == area
    before = first.dock.size()
    first.close()

    again = _start(qtbot, settings, None)  # the saved geometry and layout, as at a restart
    assert again.dockWidgetArea(again.dock) == area
    if area == Qt.DockWidgetArea.RightDockWidgetArea:
        assert abs(again.dock.width() - before.width()) <= 2  # it came back 747 px, not 380
    else:
        assert abs(again.dock.height() - before.height()) <= 2
    again.close()
