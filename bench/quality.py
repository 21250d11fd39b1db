"""Finding quality against the hand-written dev findings, and same-event separation over all pairs.

Run from the repository root: ``python -m bench.quality [--verbose] [--pairs S03,S11] [--fake]``.
It measures and prints; it never fails on a missed goal (see bench/README.md).
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bench.common import (
    Engine,
    add_common_args,
    any_overlap,
    article_document,
    corpus_available,
    corpus_dir,
    document_builder_name,
    fmt,
    get_engine,
    load_articles,
    meets,
    pct,
    print_heading,
    print_table,
    ratio,
    read_jsonl,
    say_engine_not_ready,
    say_no_corpus,
    short,
    spans_text,
)
from desktop.core.model import Finding, FindingKind, Report, Side, TextRange

KINDS = (FindingKind.AGREE, FindingKind.CONFLICT, FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)

GOAL_MACRO_RECALL = 0.8
GOAL_CONFLICT_RECALL = 0.7
GOAL_CONFLICT_PRECISION = 0.6
GOAL_FALSE_ALARMS = 2
GOAL_AGREE_AS_ONLY = 0.10
GOAL_AUC = 0.9


@dataclass(frozen=True, slots=True)
class Gold:
    """One line of dev_findings.jsonl, its quotes located in the report's own document texts."""

    pair_id: str
    kind: FindingKind
    slot: str
    left_text: str | None
    right_text: str | None
    debatable: bool
    left: TextRange | None  # None: side not named by the gold, or quote not found
    right: TextRange | None
    unfound: tuple[Side, ...]  # sides whose quote is absent from the report's text

    @property
    def matchable(self) -> bool:
        return not self.unfound


@dataclass(frozen=True, slots=True)
class PairRun:
    pair: dict[str, Any]
    report: Report | None
    error: str | None
    seconds: float

    @property
    def pair_id(self) -> str:
        return self.pair["pair_id"]


# --- locating gold quotes ---------------------------------------------------------------------


def _occurrences(quote: str, text: str) -> list[TextRange]:
    """Exact hits first; if none, hits that differ only in whitespace (ingest may reflow lines)."""
    hits = [
        TextRange(m.start(), m.start() + len(quote)) for m in re.finditer(re.escape(quote), text)
    ]
    if hits:
        return hits
    words = quote.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [TextRange(m.start(), m.end()) for m in re.finditer(pattern, text)]


def locate(quote: str, text: str, source_start: int, source_length: int) -> TextRange | None:
    """The occurrence nearest the quote's proportional position in the corpus article."""
    hits = _occurrences(quote, text)
    if not hits:
        return None
    target = source_start / max(source_length, 1) * len(text)
    return min(hits, key=lambda r: abs(r.start - target))


def locate_gold(line: dict[str, Any], report: Report | None, articles: dict[str, Any]) -> Gold:
    """``report`` is None when the engine failed on the pair: every quote is then unfound."""
    ranges: dict[Side, TextRange | None] = {Side.LEFT: None, Side.RIGHT: None}
    unfound: list[Side] = []
    for side in Side:
        quote = line[f"{side.value}_text"]
        if quote is None:  # a side the gold does not name is not checked
            continue
        source_length = len(articles[line[side.value]]["text"])
        if report is not None:
            text = report.document(side).document.text
            ranges[side] = locate(quote, text, line[f"{side.value}_start"], source_length)
        if ranges[side] is None:
            unfound.append(side)
    return Gold(
        pair_id=line["pair_id"],
        kind=FindingKind(line["kind"]),
        slot=line["slot"],
        left_text=line["left_text"],
        right_text=line["right_text"],
        debatable=bool(line.get("debatable")),
        left=ranges[Side.LEFT],
        right=ranges[Side.RIGHT],
        unfound=tuple(unfound),
    )


# --- matching ---------------------------------------------------------------------------------


def covers(finding: Finding, gold: Gold) -> bool:
    """Spans overlap the gold quotes on every side the gold names (kind not considered)."""
    if not gold.matchable:
        return False
    left_ok = gold.left is None or any_overlap(finding.left, gold.left)
    right_ok = gold.right is None or any_overlap(finding.right, gold.right)
    return left_ok and right_ok


def matches(finding: Finding, gold: Gold) -> bool:
    return finding.kind is gold.kind and covers(finding, gold)


def is_matched(gold: Gold, findings: Sequence[Finding]) -> bool:
    return any(matches(f, gold) for f in findings)


def shown_as_only(gold: Gold, findings: Sequence[Finding]) -> bool:
    """An agreement the tool did not see, but flagged as one-sided on the gold's own quote."""
    if is_matched(gold, findings) or not gold.matchable:
        return False
    for f in findings:
        if f.kind is FindingKind.LEFT_ONLY and gold.left and any_overlap(f.left, gold.left):
            return True
        if f.kind is FindingKind.RIGHT_ONLY and gold.right and any_overlap(f.right, gold.right):
            return True
    return False


# --- scores -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scores:
    recall: dict[FindingKind, tuple[int, int]]  # kind -> (matched, gold lines)
    conflicts_right: int
    conflicts_scored: int
    false_alarms: int
    agree_as_only: int
    agree_lines: int

    @property
    def macro_recall(self) -> float | None:
        shares = [ratio(m, n) for m, n in self.recall.values() if n]
        return sum(s for s in shares if s is not None) / len(shares) if shares else None

    @property
    def conflict_precision(self) -> float | None:
        return ratio(self.conflicts_right, self.conflicts_scored)


def score(
    golds: Sequence[Gold], findings: dict[str, tuple[Finding, ...]], debatable: bool
) -> Scores:
    """Figures over the gold pairs; ``debatable=False`` drops close calls from both sides."""
    kept = [g for g in golds if debatable or not g.debatable]
    dropped = [g for g in golds if not debatable and g.debatable]
    recall = {}
    for kind in KINDS:
        lines = [g for g in kept if g.kind is kind]
        hit = sum(is_matched(g, findings.get(g.pair_id, ())) for g in lines)
        recall[kind] = (hit, len(lines))
    right = scored = alarms = 0
    for pair_id in sorted({g.pair_id for g in golds}):
        for f in findings.get(pair_id, ()):
            if f.kind is not FindingKind.CONFLICT:
                continue
            pair_kept = [g for g in kept if g.pair_id == pair_id]
            good = any(matches(f, g) for g in pair_kept if g.kind is FindingKind.CONFLICT)
            # A conflict that only lands on a close call is neither right nor wrong: left out.
            if not good and any(covers(f, g) for g in dropped if g.pair_id == pair_id):
                continue
            scored += 1
            right += good
            alarms += any(covers(f, g) for g in pair_kept if g.kind is FindingKind.AGREE)
    agrees = [g for g in kept if g.kind is FindingKind.AGREE]
    as_only = sum(shown_as_only(g, findings.get(g.pair_id, ())) for g in agrees)
    return Scores(recall, right, scored, alarms, as_only, len(agrees))


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float | None:
    """Mann-Whitney AUC: chance a same-event pair scores above a different-event one; ties half."""
    if not positives or not negatives:
        return None
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


# --- running ----------------------------------------------------------------------------------


class EngineNotReadyError(Exception):
    pass


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
        except NotImplementedError as exc:
            raise EngineNotReadyError(f"NotImplementedError: {exc}") from exc
        except Exception as exc:  # one crashing pair must not hide the others' figures
            report, error = None, f"{type(exc).__name__}: {exc}"
        runs.append(PairRun(pair, report, error, time.perf_counter() - started))
    return runs


def kind_counts(report: Report | None) -> str:
    if report is None:
        return "-"
    return "/".join(str(sum(f.kind is k for f in report.findings)) for k in KINDS)


# --- printing ---------------------------------------------------------------------------------


def recall_cell(counts: tuple[int, int]) -> str:
    hit, total = counts
    return f"{fmt(ratio(hit, total))} ({hit}/{total})"


def both(values: tuple[Any, Any], goal: float, higher: bool = True) -> str:
    return "/".join(meets(v, goal, higher) for v in values)


def print_findings_table(full: Scores, strict: Scores) -> None:
    rows: list[list[str]] = []
    for kind in KINDS:
        values = (ratio(*full.recall[kind]), ratio(*strict.recall[kind]))
        goal = f">= {GOAL_CONFLICT_RECALL}" if kind is FindingKind.CONFLICT else ""
        met = both(values, GOAL_CONFLICT_RECALL) if goal else ""
        rows.append(
            [
                f"recall {kind.value}",
                recall_cell(full.recall[kind]),
                recall_cell(strict.recall[kind]),
                goal,
                met,
            ]
        )
    macro = (full.macro_recall, strict.macro_recall)
    rows.append(
        [
            "macro recall (4 kinds)",
            fmt(macro[0]),
            fmt(macro[1]),
            f">= {GOAL_MACRO_RECALL}",
            both(macro, GOAL_MACRO_RECALL),
        ]
    )
    prec = (full.conflict_precision, strict.conflict_precision)
    rows.append(
        [
            "conflict precision",
            f"{fmt(prec[0])} ({full.conflicts_right}/{full.conflicts_scored})",
            f"{fmt(prec[1])} ({strict.conflicts_right}/{strict.conflicts_scored})",
            f">= {GOAL_CONFLICT_PRECISION}",
            both(prec, GOAL_CONFLICT_PRECISION),
        ]
    )
    alarms = (full.false_alarms, strict.false_alarms)
    rows.append(
        [
            "false alarms (conflict on gold agree)",
            str(alarms[0]),
            str(alarms[1]),
            f"<= {GOAL_FALSE_ALARMS}",
            both(alarms, GOAL_FALSE_ALARMS, higher=False),
        ]
    )
    only = (
        ratio(full.agree_as_only, full.agree_lines),
        ratio(strict.agree_as_only, strict.agree_lines),
    )
    rows.append(
        [
            "agreements shown as only-in-one",
            f"{pct(only[0])} ({full.agree_as_only}/{full.agree_lines})",
            f"{pct(only[1])} ({strict.agree_as_only}/{strict.agree_lines})",
            f"<= {GOAL_AGREE_AS_ONLY:.0%}",
            both(only, GOAL_AGREE_AS_ONLY, higher=False),
        ]
    )
    print_table(["metric", "all lines", "no debatable", "goal", "met (all/no-deb)"], rows)


def print_gold_pairs(golds: Sequence[Gold], runs: dict[str, PairRun]) -> None:
    rows = []
    for pair_id in sorted({g.pair_id for g in golds}):
        run = runs[pair_id]
        findings = run.report.findings if run.report else ()
        lines = [g for g in golds if g.pair_id == pair_id]
        conflicts = [f for f in findings if f.kind is FindingKind.CONFLICT]
        stray = [f for f in conflicts if not any(matches(f, g) for g in lines)]
        rows.append(
            [
                pair_id,
                len(lines),
                sum(is_matched(g, findings) for g in lines),
                kind_counts(run.report),
                len(stray),
                run.error or "",
            ]
        )
    print_table(["pair", "gold", "matched", "tool A/C/L/R", "unmatched conflicts", "error"], rows)


def print_unfound(golds: Sequence[Gold], failed: set[str]) -> None:
    """Gold lines that could not be scored; a failed pair's lines are summed up, not listed."""
    for pair_id in sorted(failed):
        lines = sum(g.pair_id == pair_id for g in golds)
        print(f"\n{pair_id}: engine error, its {lines} gold lines count as missed")
    unfound = [g for g in golds if not g.matchable and g.pair_id not in failed]
    if not unfound:
        print(f"\nAll {'other ' if failed else ''}gold quotes were found in the report texts.")
        return
    print(f"\nGold quotes not found in the report's text (counted as missed): {len(unfound)}")
    for g in unfound:
        sides = ",".join(s.value for s in g.unfound)
        print(
            f"  {g.pair_id} {g.kind.value:10} {g.slot!r} missing on {sides}: "
            f"L={short(g.left_text)!r} R={short(g.right_text)!r}"
        )


def print_verbose(golds: Sequence[Gold], runs: dict[str, PairRun]) -> None:
    for pair_id in sorted({g.pair_id for g in golds}):
        run = runs[pair_id]
        findings = run.report.findings if run.report else ()
        print_heading(f"{pair_id}: {run.pair['left']} vs {run.pair['right']}")
        for g in (g for g in golds if g.pair_id == pair_id):
            state = (
                "matched" if is_matched(g, findings) else "UNFOUND" if not g.matchable else "MISSED"
            )
            if state == "MISSED" and g.kind is FindingKind.AGREE and shown_as_only(g, findings):
                state = "AS-ONLY"
            flag = " (debatable)" if g.debatable else ""
            print(f"  [{state:7}] {g.kind.value:10} {g.slot}{flag}")
            print(f"            L: {short(g.left_text, 90)}")
            print(f"            R: {short(g.right_text, 90)}")
        lines = [g for g in golds if g.pair_id == pair_id]
        stray = [
            f
            for f in findings
            if f.kind is FindingKind.CONFLICT and not any(matches(f, g) for g in lines)
        ]
        print(f"  tool conflicts matching no gold conflict: {len(stray)}")
        for f in stray:
            on_agree = any(covers(f, g) for g in lines if g.kind is FindingKind.AGREE)
            tag = " [FALSE ALARM: on a gold agree]" if on_agree else ""
            print(f"    {f.id} {f.type}{tag}: L={spans_text(f.left)!r} R={spans_text(f.right)!r}")
            print(f"       reason: {short(f.reason, 100)}")


def print_same_event(runs: Sequence[PairRun]) -> None:
    rows = []
    for run in runs:
        score_text = fmt(run.report.summary.same_event_score, 3) if run.report else "error"
        rows.append(
            [
                run.pair_id,
                run.pair["left"],
                run.pair["right"],
                "same" if run.pair["same_event"] else "different",
                score_text,
                kind_counts(run.report),
                f"{run.seconds:.2f}",
            ]
        )
    print_table(["pair", "left", "right", "truth", "same_event_score", "A/C/L/R", "s"], rows)
    scored = [(r.pair["same_event"], r.report.summary.same_event_score) for r in runs if r.report]
    positives = [score for same, score in scored if same]
    negatives = [score for same, score in scored if not same]
    value = auc(positives, negatives)
    print()
    print_table(
        ["metric", "value", "goal", "met"],
        [
            [
                f"AUC ({len(positives)} same vs {len(negatives)} different)",
                fmt(value, 3),
                f">= {GOAL_AUC}",
                meets(value, GOAL_AUC),
            ]
        ],
    )


# --- main -------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__)
    add_common_args(parser)
    parser.add_argument("--pairs", help="comma-separated pair ids to run (default: all)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    corpus = corpus_dir()
    if not corpus_available(corpus):
        say_no_corpus(corpus)
        return 0
    articles = load_articles(corpus)
    pairs = read_jsonl(corpus / "pairs.jsonl")
    if args.pairs:
        wanted = set(args.pairs.split(","))
        pairs = [p for p in pairs if p["pair_id"] in wanted]
    gold_path = corpus / "dev_findings.jsonl"
    gold_lines = read_jsonl(gold_path) if gold_path.is_file() else []
    name, engine = get_engine(args.fake)
    print(f"engine: {name}\ndocuments: {document_builder_name()}\ncorpus: {corpus}")
    try:
        runs = run_pairs(pairs, articles, engine)
    except EngineNotReadyError as exc:
        say_engine_not_ready(exc)
        return 0
    report_runs(runs, gold_lines, articles, args.verbose)
    return 0


def report_runs(
    runs: Sequence[PairRun],
    gold_lines: Sequence[dict[str, Any]],
    articles: dict[str, Any],
    verbose: bool,
) -> None:
    by_id = {r.pair_id: r for r in runs}
    errors = [r for r in runs if r.error]
    print(f"pairs run: {len(runs)}, engine errors: {len(errors)}")
    for r in errors:
        print(f"  {r.pair_id}: {r.error}")
    reports = {r.pair_id: r.report for r in runs if r.report is not None}
    # Gold lines of a pair the engine failed on stay in, as missed.
    golds = [
        locate_gold(line, reports.get(line["pair_id"]), articles)
        for line in gold_lines
        if line["pair_id"] in by_id
    ]
    findings = {pair_id: report.findings for pair_id, report in reports.items()}
    if golds:
        gold_pairs = ", ".join(sorted({g.pair_id for g in golds}))
        print_heading(f"Findings vs dev_findings.jsonl ({gold_pairs})")
        print_findings_table(score(golds, findings, True), score(golds, findings, False))
        goal = (
            f"conflict recall >= {GOAL_CONFLICT_RECALL} at precision >= {GOAL_CONFLICT_PRECISION}"
        )
        print(f"goal: {goal}")
        print()
        print_gold_pairs(golds, by_id)
        print_unfound(golds, {r.pair_id for r in runs if r.report is None})
        if verbose:
            print_verbose(golds, by_id)
    print_heading("Same-event separation (summary.same_event_score)")
    print_same_event(runs)


if __name__ == "__main__":
    raise SystemExit(main())
