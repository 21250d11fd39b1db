"""Finding quality on ECB+ against the hand-written dev findings, reason defects, and same-event
separation over all ECB+ pairs — each figure for the tune half and the held-out half.

Run from the repository root:
``python -m bench.quality [--verbose] [--pairs S03,S11] [--half tune]``. It measures and prints; it
never fails on a missed goal (see bench/README.md). About 30 s on 2 cores for the 35 pairs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import (
    Engine,
    add_common_args,
    article_document,
    found_corpus,
    get_engine,
    load_articles,
    print_heading,
    ratio,
    read_jsonl,
)
from bench.gold import load_set, set_names
from bench.gold_articles import gold_articles, gold_pair_half
from bench.gold_groups import GROUPS, POOLED_ONLY, expand
from bench.quality_printing import (
    print_defects,
    print_gold_pairs,
    print_same_event,
    print_unfound,
    print_verbose,
)
from bench.reasons import has_reason_defect
from bench.scoring import (
    KINDS,
    Gold,
    Scores,
    auc,
    locate_gold,
    score,
)
from bench.splits import HALVES, HELD_OUT, TUNE, ecb_pair_half
from bench.table import Cell, Goal, Metric, print_halves
from desktop.core.model import Finding, FindingKind, Report

# Goals from issue 8 ("Measured, not guessed"); the same ones judge the hidden sets.
GOAL_MACRO_RECALL = Goal(0.85)
GOAL_CONFLICT_RECALL = Goal(0.6)
GOAL_CONFLICT_PRECISION = Goal(0.7)
GOAL_FALSE_ALARMS = Goal(1, higher_is_better=False)
GOAL_AGREE_AS_ONLY = Goal(0.10, higher_is_better=False, percent=True)
GOAL_REASON_DEFECTS = Goal(0, higher_is_better=False)
GOAL_AUC = Goal(0.95)


@dataclass(frozen=True, slots=True)
class PairRun:
    pair: dict[str, Any]
    report: Report | None
    error: str | None
    seconds: float

    @property
    def pair_id(self) -> str:
        return str(self.pair["pair_id"])

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.report.findings if self.report else ()

    @property
    def half(self) -> str:
        return ecb_pair_half(self.pair)


# --- running ----------------------------------------------------------------------------------


def run_pairs(
    pairs: Sequence[dict[str, Any]], articles: dict[str, Any], engine: Engine
) -> list[PairRun]:
    runs = []
    for pair in pairs:
        left = article_document(articles[pair["left"]])
        right = article_document(articles[pair["right"]])
        started = time.perf_counter()
        try:
            report, error = engine(left, right), None
        except Exception as exc:  # one crashing pair must not hide the others' figures
            report, error = None, f"{type(exc).__name__}: {exc}"
        runs.append(PairRun(pair, report, error, time.perf_counter() - started))
    return runs


def locate_all(
    runs: Sequence[PairRun], gold_lines: Sequence[dict[str, Any]], articles: dict[str, Any]
) -> list[Gold]:
    """Gold lines of the pairs run; those of a pair the engine failed on stay in, as missed."""
    by_id = {r.pair_id: r for r in runs}
    return [
        locate_gold(line, by_id[line["pair_id"]].report, articles)
        for line in gold_lines
        if line["pair_id"] in by_id
    ]


# --- figures ----------------------------------------------------------------------------------


def _recall(scores: Scores, kind: FindingKind) -> Cell:
    hit, total = scores.recall[kind]
    return Cell(ratio(hit, total), f"{hit}/{total}")


def _gold_metrics(golds: Sequence[Gold], runs: Sequence[PairRun]) -> list[Metric]:
    """Dev-findings figures, with and without debatable lines, for each half."""
    halves = {r.pair_id: r.half for r in runs}
    findings = {r.pair_id: r.findings for r in runs}
    per: dict[tuple[str, bool], Scores] = {}
    for half in HALVES:
        lines = [g for g in golds if halves[g.pair_id] == half]
        for debatable in (True, False):
            per[half, debatable] = score(lines, findings, debatable)
    metrics = []
    for debatable, tag in ((True, ""), (False, ", no debatable")):
        t, h = per[TUNE, debatable], per[HELD_OUT, debatable]
        for kind in KINDS:
            goal = GOAL_CONFLICT_RECALL if kind is FindingKind.CONFLICT else None
            metrics.append(
                Metric(f"recall {kind.value}{tag}", goal, _recall(t, kind), _recall(h, kind))
            )
        metrics += [
            Metric(
                f"macro recall{tag}",
                GOAL_MACRO_RECALL,
                Cell(t.macro_recall),
                Cell(h.macro_recall),
            ),
            Metric(
                f"conflict precision{tag}",
                GOAL_CONFLICT_PRECISION,
                Cell(t.conflict_precision, f"{t.conflicts_right}/{t.conflicts_scored}"),
                Cell(h.conflict_precision, f"{h.conflicts_right}/{h.conflicts_scored}"),
            ),
            Metric(
                f"conflicts on a gold agreement{tag}",
                GOAL_FALSE_ALARMS,
                Cell(t.false_alarms),
                Cell(h.false_alarms),
            ),
            Metric(
                f"agreements shown as only-one{tag}",
                GOAL_AGREE_AS_ONLY,
                Cell(t.as_only_share, f"{t.agree_as_only}/{t.agree_lines}"),
                Cell(h.as_only_share, f"{h.agree_as_only}/{h.agree_lines}"),
                percent=True,
            ),
        ]
    return metrics


def _defect_cell(runs: Sequence[PairRun]) -> Cell:
    agrees = [f for r in runs for f in r.findings if f.kind is FindingKind.AGREE]
    bad = sum(has_reason_defect(f) for f in agrees)
    return Cell(bad if runs else None, f"of {len(agrees)} agree findings")


def same_event_auc(runs: Sequence[PairRun]) -> Cell:
    scored = [(r.pair["same_event"], r.report.summary.same_event_score) for r in runs if r.report]
    positives = [s for same, s in scored if same]
    negatives = [s for same, s in scored if not same]
    return Cell(auc(positives, negatives), f"{len(positives)} same/{len(negatives)} diff")


def measure(
    runs: Sequence[PairRun], gold_lines: Sequence[dict[str, Any]], articles: dict[str, Any]
) -> list[Metric]:
    """Every quality figure, tune and held-out side by side."""
    golds = locate_all(runs, gold_lines, articles)
    halves = {half: [r for r in runs if r.half == half] for half in HALVES}
    metrics = _gold_metrics(golds, runs) if golds else []
    metrics.append(
        Metric(
            "agree reasons giving a value one side lacks",
            GOAL_REASON_DEFECTS,
            _defect_cell(halves[TUNE]),
            _defect_cell(halves[HELD_OUT]),
        )
    )
    metrics.append(
        Metric(
            "ECB+ same-event AUC",
            GOAL_AUC,
            same_event_auc(halves[TUNE]),
            same_event_auc(halves[HELD_OUT]),
            digits=3,
        )
    )
    return metrics


# --- main -------------------------------------------------------------------------------------


def select_pairs(
    pairs: Sequence[dict[str, Any]], wanted: str | None, half: str | None
) -> list[dict[str, Any]]:
    chosen = [p for p in pairs if half is None or ecb_pair_half(p) == half]
    if wanted:
        ids = set(wanted.split(","))
        chosen = [p for p in chosen if p["pair_id"] in ids]
    return chosen


def read_gold(
    corpus: Path, findings: Sequence[Path] = (), sets: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """The corpus's dev findings, or the lines of the findings files and packed sets given instead.

    Files in the dev findings' format, or sets packed in ``bench/gold`` (``bench.gold``: offsets,
    no corpus text), let a team score fresh hand-written gold without touching the corpus.
    """
    if not findings and not sets:
        findings = [corpus / "dev_findings.jsonl"]
    lines = [line for path in findings if path.is_file() for line in read_jsonl(path)]
    return [*lines, *(line for name in sets for line in load_set(name, corpus))]


def with_gold_pairs(
    pairs: Sequence[dict[str, Any]], gold_lines: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The corpus's pairs, and a same-event pair for each pair a findings file names by its two
    articles only (fresh gold may pair articles of one event that pairs.jsonl does not)."""
    known = {p["pair_id"] for p in pairs}
    extra: dict[str, dict[str, Any]] = {}
    for line in gold_lines:
        if line["pair_id"] not in known:
            extra.setdefault(
                line["pair_id"],
                {
                    "pair_id": line["pair_id"],
                    "left": line["left"],
                    "right": line["right"],
                    "same_event": True,
                },
            )
    return [*pairs, *extra.values()]


def collect(
    pairs_wanted: str | None = None,
    half: str | None = None,
    verbose: bool = False,
    findings: Sequence[Path] = (),
    sets: Sequence[str] = (),
    pooled: bool = False,
) -> list[Metric]:
    """Run the ECB+ pairs, print the details, and return the figures (empty without a corpus).

    ``pooled`` keeps every per-pair row back (counts too): a pooled-only set's pair table would
    tell a reader which of its pairs the engine gets wrong, which is tuning on it.
    """
    corpus = found_corpus()
    if corpus is None:
        return []
    articles = load_articles(corpus)
    gold_lines = read_gold(corpus, findings, sets)
    fresh = bool(findings or sets)
    if fresh and not pairs_wanted:
        pairs_wanted = ",".join(sorted({line["pair_id"] for line in gold_lines}))
    all_pairs = with_gold_pairs(read_jsonl(corpus / "pairs.jsonl"), gold_lines)
    if fresh:
        # Fresh gold may pair Gun Violence Corpus, SemEval or invented articles: each pair takes
        # the half of its incident, its SemEval pair, or the tune half (bench.gold_articles).
        articles = gold_articles(corpus)
        all_pairs = [
            {**p, "half": gold_pair_half(p["left"], p["right"], corpus)} for p in all_pairs
        ]
    pairs = select_pairs(all_pairs, pairs_wanted, half)
    name, engine = get_engine()
    print(f"engine: {name}\ncorpus: {corpus}")
    started = time.perf_counter()
    runs = run_pairs(pairs, articles, engine)
    errors = [r for r in runs if r.error]
    print(
        f"ECB+ pairs run: {len(runs)} in {time.perf_counter() - started:.0f} s, errors: {len(errors)}"
    )
    for r in errors:
        print(f"  {r.pair_id}: {r.error}")
    by_id = {r.pair_id: r for r in runs}
    golds = locate_all(runs, gold_lines, articles)
    if golds and pooled:
        unfound = sum(not g.matchable for g in golds)
        print(f"\nPooled-only gold: {len(by_id)} pairs; quotes not found in the texts: {unfound}")
    elif golds:
        print_heading("Dev findings per pair")
        print_gold_pairs(golds, by_id)
        print_unfound(golds)
        if verbose:
            print_verbose(golds, by_id)
    if verbose:
        print_defects(runs)
        print_heading("Same-event score per pair")
        print_same_event(runs)
    return measure(runs, gold_lines, articles)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__)
    add_common_args(parser)
    parser.add_argument("--pairs", help="comma-separated pair ids to run (default: all)")
    parser.add_argument(
        "--findings",
        type=Path,
        action="append",
        default=[],
        help="score against this findings file (dev findings' format) instead; repeatable",
    )
    parser.add_argument(
        "--gold",
        action="append",
        default=[],
        metavar="NAME",
        help="score against the packed set bench/gold/NAME.jsonl instead; repeatable",
    )
    parser.add_argument(
        "--group",
        action="append",
        default=[],
        choices=sorted(GROUPS),
        help="score the named group of gold sets (bench/gold_groups.py); repeatable",
    )
    parser.add_argument(
        "--all", action="store_true", help="run every bench and print one table (bench.run_all)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.all:
        from bench.run_all import main as run_all

        return run_all([*(["--verbose"] if args.verbose else [])])
    args.gold = [*args.gold, *(name for name in expand(args.group) if name not in args.gold)]
    pooled_only = sorted(set(args.gold) & set(expand(sorted(POOLED_ONLY))))
    if args.verbose and pooled_only:
        print(f"--verbose would print the lines of {', '.join(pooled_only)}: pooled figures only")
        return 2
    unknown = sorted(set(args.gold) - set(set_names()))
    if unknown:
        print(f"no gold set {', '.join(unknown)} in bench/gold; the sets: {', '.join(set_names())}")
        return 2
    metrics = collect(
        args.pairs, args.half, args.verbose, args.findings, args.gold, pooled=bool(pooled_only)
    )
    print_halves("ECB+ quality", metrics)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
