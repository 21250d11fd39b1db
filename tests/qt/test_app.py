"""The application entry point, run as a user runs it (in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _run(*code_or_args: str, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, *code_or_args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_the_window_paints_before_the_engine_is_imported(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.qt.main_window import MainWindow\n"
        "from desktop.qt.settings import Settings\n"
        f"w = MainWindow(settings=Settings({str(tmp_path / 's.ini')!r}))\n"
        "w.show(); app.processEvents()\n"
        "print(sorted(m for m in ('spacy', 'desktop.core.compare') if m in sys.modules))\n"
    )
    result = _run("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_screenshot_command_renders_the_finished_sample(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = _run("-m", "desktop", "screenshot", str(out), "--size", "1000x700")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)


def test_screenshot_of_a_folder_fails_with_a_message(tmp_path: Path) -> None:
    result = _run(
        "-m", "desktop", "screenshot", str(tmp_path / "x.png"), str(tmp_path), str(tmp_path)
    )
    assert result.returncode == 2
    assert "folder" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_many_qt_calls_do_not_exhaust_none() -> None:
    """PySide6 6.12 on CPython 3.11 drops a reference to None on every void call; the window
    makes millions over a session (painting, highlighting). desktop.qt must keep that safe."""
    code = (
        "import desktop.qt\n"
        "from PySide6.QtGui import QColor\n"
        "c = QColor()\n"
        "for _ in range(200_000):\n"
        "    c.setRed(1)\n"
        "print('alive')\n"
    )
    result = _run("-c", code)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
