"""One row per figure: goal, tune half, held-out half. Every bench returns these rows, and
``bench.run_all`` prints them all as one table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.common import print_heading, print_table


@dataclass(frozen=True, slots=True)
class Goal:
    value: float
    higher_is_better: bool = True
    percent: bool = False

    def text(self) -> str:
        sign = ">=" if self.higher_is_better else "<="
        return f"{sign} {_number(self.value, self.percent)}"

    def met(self, value: float | None) -> bool | None:
        if value is None:
            return None
        return value >= self.value if self.higher_is_better else value <= self.value


@dataclass(frozen=True, slots=True)
class Cell:
    """A figure and what it was computed from, e.g. 0.57 with detail "4/7"."""

    value: float | None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Metric:
    name: str
    goal: Goal | None
    tune: Cell
    held_out: Cell
    percent: bool = False
    digits: int = 2  # 3 for figures whose goal sits close to the rounding (AUC, Pearson)

    def cell_text(self, cell: Cell) -> str:
        text = "n/a" if cell.value is None else _number(cell.value, self.percent, self.digits)
        return f"{text} ({cell.detail})" if cell.detail else text

    def met_text(self) -> str:
        if self.goal is None:
            return ""
        marks = [self.goal.met(c.value) for c in (self.tune, self.held_out)]
        return "/".join("n/a" if m is None else "yes" if m else "NO" for m in marks)


def metrics_by_half(
    tune: dict[str, Cell],
    held_out: dict[str, Cell],
    goals: dict[str, Goal],
    percent: Callable[[str], bool] = lambda name: False,
    digits: Callable[[str], int] = lambda name: 2,
) -> list[Metric]:
    """One row per figure of ``tune`` (its order), with its held-out cell and goal, if any."""
    return [
        Metric(
            name,
            goals.get(name),
            tune[name],
            held_out[name],
            percent=percent(name),
            digits=digits(name),
        )
        for name in tune
    ]


def _number(value: float, percent: bool, digits: int = 2) -> str:
    """Counts (ints) as they are, shares as percentages, other figures to ``digits`` places."""
    if isinstance(value, int):
        return str(value)
    return f"{value:.0%}" if percent else f"{value:.{digits}f}"


def print_metrics(metrics: Sequence[Metric], benches: Sequence[str] | None = None) -> None:
    """The figures as one table; ``benches`` names each row's bench when several are mixed."""
    rows = []
    for index, m in enumerate(metrics):
        cells = [m.name, m.goal.text() if m.goal else "", m.cell_text(m.tune)]
        cells += [m.cell_text(m.held_out), m.met_text()]
        rows.append([benches[index], *cells] if benches else cells)
    headers = ["metric", "goal", "tune", "held-out", "met (t/h)"]
    print_table(["bench", *headers] if benches else headers, rows)


def print_halves(bench: str, metrics: Sequence[Metric]) -> None:
    """A bench's figures under its heading, the tune half beside the held-out one; nothing when
    the bench measured nothing (no corpus)."""
    if metrics:
        print_heading(f"{bench}: tune vs held-out (split in bench/splits.py)")
        print_metrics(metrics)
