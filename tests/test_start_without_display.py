"""Started where there is no screen (an SSH session, a container), the app says so in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import missing_display

ROOT = Path(__file__).resolve().parents[1]


def test_the_window_without_a_display_is_one_clear_line_pointing_to_the_command_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "desktop"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0]
    assert "crosscheck compare LEFT RIGHT" in lines[0] and "libxcb" not in result.stderr


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"DISPLAY": ":0"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_a_display_or_a_chosen_platform_lets_the_window_open(
    environ: dict[str, str], platform: str
) -> None:
    assert missing_display(environ, platform) is None


def test_a_bare_linux_session_has_no_display() -> None:
    assert missing_display({"HOME": "/root"}, "linux") is not None
