"""run_all leaves the slow wide paraphrase draw out of a default run and runs it when named."""

from __future__ import annotations

import argparse
from collections.abc import Callable

import pytest

from bench import run_all
from bench.table import Metric


@pytest.fixture
def ran(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def stand_in(name: str) -> Callable[[argparse.Namespace], list[Metric]]:
        def bench(args: argparse.Namespace) -> list[Metric]:
            calls.append(name)
            return []

        return bench

    monkeypatch.setattr(run_all, "BENCHES", {name: stand_in(name) for name in run_all.BENCHES})
    return calls


def test_a_default_run_leaves_the_wide_paraphrase_draw_out(ran: list[str]) -> None:
    assert run_all.main([]) == 0
    assert "paraphrase" in ran
    assert "paraphrase-wide" not in ran


def test_naming_the_wide_paraphrase_draw_runs_it(ran: list[str]) -> None:
    assert run_all.main(["--only", "paraphrase-wide"]) == 0
    assert ran == ["paraphrase-wide"]
