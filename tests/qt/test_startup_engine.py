"""Launching the window starts the engine process before Qt, unless a saved file opens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.core.persistence.persist import SavedComparison, save_comparison
from tests.factories import finding, report

ROOT = Path(__file__).resolve().parents[2]

# Records each preload call (and whether Qt was imported yet), then stops the launch right there:
# the call order is the point, not the comparison.
DRIVER = """
import sys
import desktop.core.runtime.engine_process as engine_process

def preload(model=None):
    print("preload", "PySide6.QtWidgets" in sys.modules, flush=True)
    raise SystemExit(0)

engine_process.start_engine = preload
from desktop.__main__ import main
code = main(sys.argv[1:])
print("no preload", flush=True)
sys.exit(code)
"""


def _launch(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", DRIVER, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_the_window_starts_loading_the_model_before_qt_starts(tmp_path: Path) -> None:
    # The screenshot runs the launch path of the window and, unlike it, ends by itself.
    result = _launch("screenshot", str(tmp_path / "shot.png"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "preload False"


def test_opening_a_saved_comparison_loads_no_model(tmp_path: Path) -> None:
    texts = ("Ivan Kovgan died.", "Ivan Petrov died.")
    saved = tmp_path / "review.crosscheck"
    findings = [finding(texts, "c1", "conflict", "person", ["Ivan Kovgan"], ["Ivan Petrov"])]
    save_comparison(saved, SavedComparison(report(texts, findings)))
    result = _launch("screenshot", str(tmp_path / "shot.png"), str(saved))
    assert result.returncode == 0, result.stderr
    assert "preload" not in result.stdout.replace("no preload", "")
    assert (tmp_path / "shot.png").exists()
