"""Start-up of the frozen app: from launching ``dist/crosscheck/crosscheck`` to its first window's
first paint, against an empty PySide6 window shown by the same frozen Python.

Both runs use the offscreen platform and the probe in tools/crosscheck_frozen.py
(``CROSSCHECK_STARTUP_PROBE``): the process prints ``first-paint`` when its first window has
painted and exits. The clock runs from just before the process is spawned to that line, so it
counts the bootloader, unpacking nothing (one folder), imports, Qt's start and the first paint.
Runs alternate (baseline, app, baseline, app...) so a busy machine weighs on both alike; the
median of each is printed with their ratio. Build first (docs/building.md), then, from the
repository root: ``python -m bench.frozen_startup [--repeat 7] [--app dist/crosscheck/crosscheck]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_APP = REPO_ROOT / "dist" / "crosscheck" / "crosscheck"
PROBE_ENV = "CROSSCHECK_STARTUP_PROBE"  # tools/crosscheck_frozen.py
FIRST_PAINT = b"first-paint"
# The goal of issue 11: the window is up within a second of launching the app on this machine.
FIRST_WINDOW_GOAL_S = 1.0
TIMEOUT_S = 60.0


def time_first_paint(app: Path, probe: str, home: Path) -> float:
    """Seconds from spawning the frozen app (probe "app" or "baseline") to its first paint."""
    env = {
        **os.environ,
        PROBE_ENV: probe,
        "QT_QPA_PLATFORM": "offscreen",
        # A fresh home: no recovery files, recent files or window layout from earlier runs.
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(app)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == FIRST_PAINT:
            elapsed = time.perf_counter() - start
            break
        if time.perf_counter() - start > TIMEOUT_S:
            process.kill()
            raise RuntimeError(f"{probe}: no first paint within {TIMEOUT_S:.0f} s")
    else:
        raise RuntimeError(f"{probe}: exited with {process.wait()} before its first paint")
    process.wait(timeout=TIMEOUT_S)
    return elapsed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--app", type=Path, default=DEFAULT_APP)
    parser.add_argument("--repeat", type=int, default=7, help="runs of each (median reported)")
    args = parser.parse_args(argv)
    if not args.app.exists():
        print(f"no frozen app at {args.app}: build it first (docs/building.md)", file=sys.stderr)
        return 2

    times: dict[str, list[float]] = {"baseline": [], "app": []}
    with tempfile.TemporaryDirectory() as tmp:
        time_first_paint(args.app, "baseline", Path(tmp) / "warm")  # page cache, font cache
        for i in range(args.repeat):
            for probe in times:
                times[probe].append(time_first_paint(args.app, probe, Path(tmp) / f"{probe}{i}"))

    baseline = statistics.median(times["baseline"])
    app = statistics.median(times["app"])
    print("Frozen start-up to the first window's first paint (offscreen), median of", args.repeat)
    for probe, runs in times.items():
        spread = ", ".join(f"{t:.2f}" for t in runs)
        print(f"  {probe:<9} {statistics.median(runs):6.2f} s   ({spread})")
    verdict = "met" if app <= FIRST_WINDOW_GOAL_S else "NOT met"
    print(f"  ratio      {app / baseline:6.2f}x the empty window")
    print(f"  goal       first window within {FIRST_WINDOW_GOAL_S:.1f} s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
