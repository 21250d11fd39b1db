"""Two writers' conflicts: how far two careful people agree, and the engine against either.

A gold conflict is a judgement: "counts at different times", "a name spelt two ways", "a vaguer
telling" are close calls, and one writer's agreement can be another's conflict. So for the pairs of
some gold sets a second writer, who saw neither the engine nor the first writer's file, listed the
conflicts only (packed like the sets, in ``bench/gold/second/NAME.jsonl``). This bench prints, per
half:

* **writers**: the second writer's conflicts the first also lists (both quotes overlap), the
  first's the second finds, and the second's that land on both quotes of a first-writer agreement:
  what a person scores on the goals "conflict precision" and "<= 1 conflict on a gold agreement"
  when the other writer is the gold;
* **engine**: its conflicts on those pairs, how many land on a conflict of the first writer, of
  either writer, and on a first-writer agreement that neither writer calls a conflict.

Run from the repository root: ``python -m bench.second_writer [--half tune|held-out]``; about a
minute for the 88 pairs on 2 cores.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import found_corpus, get_engine
from bench.gold import GOLD_DIR, load_set, set_names
from bench.gold_articles import gold_articles, gold_pair_half
from bench.quality import run_pairs
from bench.scoring import Gold, covers, locate_gold, matches
from bench.splits import HALVES
from desktop.core.model import FindingKind

SECOND_DIR = GOLD_DIR / "second"


@dataclass(frozen=True, slots=True)
class PairGold:
    pair: dict[str, Any]
    half: str
    first: tuple[Gold, ...]
    second: tuple[Gold, ...]


@dataclass(frozen=True, slots=True)
class Tally:
    pairs: int = 0
    first: int = 0
    second: int = 0
    second_in_first: int = 0
    first_in_second: int = 0
    second_on_agree: int = 0
    engine: int = 0
    engine_first: int = 0
    engine_either: int = 0
    engine_on_agree: int = 0


def second_lists() -> list[str]:
    return sorted(f"second/{path.stem}" for path in SECOND_DIR.glob("*.jsonl"))


def _lines(names: Sequence[str], corpus: Path) -> list[dict[str, Any]]:
    return [line for name in names for line in load_set(name, corpus)]


def _same(a: Gold, b: Gold) -> bool:
    """Two gold lines on the same statements: their quotes overlap on both sides."""
    return all(
        x is not None and y is not None and x.overlaps(y)
        for x, y in ((a.left, b.left), (a.right, b.right))
    )


def tally(pair: PairGold, findings: Sequence[Any]) -> Tally:
    first_conflicts = [g for g in pair.first if g.kind is FindingKind.CONFLICT]
    agreements = [g for g in pair.first if g.kind is FindingKind.AGREE]
    second = [g for g in pair.second if g.matchable]
    conflicts = [f for f in findings if f.kind is FindingKind.CONFLICT]
    on_first = [f for f in conflicts if any(matches(f, g) for g in first_conflicts)]
    on_either = [f for f in conflicts if any(matches(f, g) for g in (*first_conflicts, *second))]
    return Tally(
        pairs=1,
        first=len(first_conflicts),
        second=len(second),
        second_in_first=sum(any(_same(s, g) for g in first_conflicts) for s in second),
        first_in_second=sum(any(_same(g, s) for s in second) for g in first_conflicts),
        second_on_agree=sum(
            not any(_same(s, g) for g in first_conflicts) and any(_same(s, a) for a in agreements)
            for s in second
        ),
        engine=len(conflicts),
        engine_first=len(on_first),
        engine_either=len(on_either),
        engine_on_agree=sum(
            f not in on_either and any(covers(f, a) for a in agreements) for f in conflicts
        ),
    )


def add(a: Tally, b: Tally) -> Tally:
    return Tally(*(x + y for x, y in zip(_values(a), _values(b), strict=True)))


def _values(t: Tally) -> tuple[int, ...]:
    return tuple(getattr(t, name) for name in Tally.__dataclass_fields__)


def print_tally(half: str, t: Tally) -> None:
    print(f"\n{half}: {t.pairs} pairs")
    print(f"  writers: first lists {t.first} conflicts, second {t.second}")
    print(f"    second's also listed by the first: {t.second_in_first}/{t.second}")
    print(f"    first's found by the second:       {t.first_in_second}/{t.first}")
    print(f"    second's on a first-writer agreement: {t.second_on_agree}")
    print(f"  engine: {t.engine} conflicts")
    print(f"    on a first-writer conflict:  {t.engine_first}/{t.engine}")
    print(f"    on either writer's conflict: {t.engine_either}/{t.engine}")
    print(f"    on a first-writer agreement neither calls a conflict: {t.engine_on_agree}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.second_writer", description=__doc__)
    parser.add_argument("--half", choices=HALVES)
    args = parser.parse_args(argv)
    corpus = found_corpus()
    if corpus is None:
        print("No corpus found (../shared/corpus): nothing to measure.")
        return 0
    second = _lines(second_lists(), corpus)
    wanted = {line["pair_id"] for line in second}
    # A second list covers whole sets, its conflict-free pairs too: every set it has a line of.
    sets = [
        name
        for name in set_names()
        if wanted & {line["pair_id"] for line in _lines([name], corpus)}
    ]
    first = _lines(sets, corpus)
    articles = gold_articles(corpus)
    pairs = {
        line["pair_id"]: {"pair_id": line["pair_id"], "left": line["left"], "right": line["right"]}
        for line in first
    }
    chosen = [
        p
        for p in pairs.values()
        if not args.half or gold_pair_half(p["left"], p["right"], corpus) == args.half
    ]
    _, engine = get_engine()
    totals: dict[str, Tally] = {}
    for run in run_pairs(chosen, articles, engine):
        located = [
            locate_gold(line, run.report, articles)
            for line in (*first, *second)
            if line["pair_id"] == run.pair_id
        ]
        own = len([line for line in first if line["pair_id"] == run.pair_id])
        half = gold_pair_half(run.pair["left"], run.pair["right"], corpus)
        pair = PairGold(run.pair, half, tuple(located[:own]), tuple(located[own:]))
        totals[half] = add(totals.get(half, Tally()), tally(pair, run.findings))
    for half in HALVES:
        if half in totals:
            print_tally(half, totals[half])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
