"""Stories: on cores other people share, the speed bench prints its own CPU time beside the wall
clock, so a developer can tell the engine's cost from the neighbours' load; the goal is still read
on wall time."""

from __future__ import annotations

import time

import pytest

from bench import speed


def test_the_speed_table_prints_the_cpu_time_ratio_beside_the_wall_clock(
    capsys: pytest.CaptureFixture[str],
) -> None:
    speed.print_results(20.0, 26.0, 700.0, 300.0, 3, (6.5, 7.0))
    table = capsys.readouterr().out
    wall = next(line for line in table.splitlines() if line.startswith("wall time"))
    cpu = next(line for line in table.splitlines() if line.startswith("CPU time"))
    assert "ratio b/a = 1.30x" in wall and "<= 1.3x" in wall
    assert "6.50" in cpu and "7.00" in cpu and "ratio b/a = 1.08x" in cpu


def test_a_run_that_waits_costs_wall_time_and_no_cpu_time() -> None:
    timing = speed.best_times(lambda: time.sleep(0.05), repeat=2)
    assert timing.wall >= 0.05
    assert timing.cpu < 0.02
