"""What ``bench.quality`` prints beside its figures: per-pair tables, unfound gold quotes, the
verbose walk through each read pair's gold lines, reason defects and same-event scores."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bench.common import (
    fmt,
    print_heading,
    print_table,
    short,
    spans_text,
)
from bench.reasons import reason_defects
from bench.scoring import (
    KINDS,
    Gold,
    is_false_alarm,
    is_matched,
    matches,
    one_sided_marks_inside,
)
from desktop.core.model import Finding, FindingKind, Report, Side

if TYPE_CHECKING:
    from bench.quality import PairRun


def kind_counts(report: Report | None) -> str:
    if report is None:
        return "-"
    return "/".join(str(sum(f.kind is k for f in report.findings)) for k in KINDS)


def print_gold_pairs(golds: Sequence[Gold], runs: dict[str, PairRun]) -> None:
    rows = []
    for pair_id in sorted({g.pair_id for g in golds}):
        run = runs[pair_id]
        lines = [g for g in golds if g.pair_id == pair_id]
        conflicts = [f for f in run.findings if f.kind is FindingKind.CONFLICT]
        stray = [f for f in conflicts if not any(matches(f, g) for g in lines)]
        rows.append(
            [
                pair_id,
                run.half,
                len(lines),
                sum(is_matched(g, run.findings) for g in lines),
                kind_counts(run.report),
                len(stray),
                run.error or "",
            ]
        )
    headers = ["pair", "half", "gold", "matched", "tool A/C/L/R", "unmatched conflicts", "error"]
    print_table(headers, rows)


def print_unfound(golds: Sequence[Gold]) -> None:
    unfound = [g for g in golds if not g.matchable]
    if not unfound:
        print("\nAll gold quotes were found in the report texts.")
        return
    print(f"\nGold quotes not found in the report's text (counted as missed): {len(unfound)}")
    for g in unfound:
        sides = ",".join(s.value for s in g.unfound)
        print(
            f"  {g.pair_id} {g.kind.value:10} {g.slot!r} missing on {sides}: "
            f"L={short(g.left_text)!r} R={short(g.right_text)!r}"
        )


def _state(gold: Gold, findings: Sequence[Finding]) -> str:
    if not gold.matchable:
        return "UNFOUND"
    matched = is_matched(gold, findings)
    yellow = gold.kind is FindingKind.AGREE and bool(one_sided_marks_inside(gold, findings))
    if yellow:
        return "matched+YELLOW" if matched else "AS-ONLY"
    return "matched" if matched else "MISSED"


def print_verbose(golds: Sequence[Gold], runs: dict[str, PairRun]) -> None:
    for pair_id in sorted({g.pair_id for g in golds}):
        run = runs[pair_id]
        findings = run.findings
        print_heading(f"{pair_id} ({run.half}): {run.pair['left']} vs {run.pair['right']}")
        lines = [g for g in golds if g.pair_id == pair_id]
        for g in lines:
            flag = " (debatable)" if g.debatable else ""
            print(f"  [{_state(g, findings):14}] {g.kind.value:10} {g.slot}{flag}")
            print(f"            L: {short(g.left_text, 90)}")
            print(f"            R: {short(g.right_text, 90)}")
            for f in one_sided_marks_inside(g, findings) if g.kind is FindingKind.AGREE else ():
                side = Side.LEFT if f.kind is FindingKind.LEFT_ONLY else Side.RIGHT
                quote = g.quote(side)
                marks = [s for s in f.spans(side) if quote is not None and s.range.overlaps(quote)]
                print(f"            yellow {side.value}: {spans_text(marks)!r} ({f.type})")
        stray = [
            f
            for f in findings
            if f.kind is FindingKind.CONFLICT and not any(matches(f, g) for g in lines)
        ]
        print(f"  tool conflicts matching no gold conflict: {len(stray)}")
        for f in stray:
            tag = " [ON A GOLD AGREEMENT]" if is_false_alarm(f, lines) else ""
            print(f"    {f.id} {f.type}{tag}: L={spans_text(f.left)!r} R={spans_text(f.right)!r}")
            print(f"       reason: {short(f.reason, 100)}")


def print_defects(runs: Sequence[PairRun]) -> None:
    defects = [(r, d) for r in runs for f in r.findings for d in reason_defects(f)]
    print(f"\nAgree reasons giving a value one side lacks: {len(defects)}")
    for run, d in defects:
        f = d.finding
        print(f"  {run.pair_id} {f.id}: {d.value!r} not on the {d.missing_on.value}")
        print(f"     L={spans_text(f.left)!r} R={spans_text(f.right)!r}")
        print(f"     reason: {short(f.reason, 100)}")


def print_same_event(runs: Sequence[PairRun]) -> None:
    rows = []
    for run in runs:
        score_text = fmt(run.report.summary.same_event_score, 3) if run.report else "error"
        rows.append(
            [
                run.pair_id,
                run.half,
                run.pair["left"],
                run.pair["right"],
                "same" if run.pair["same_event"] else "different",
                score_text,
                kind_counts(run.report),
                f"{run.seconds:.2f}",
            ]
        )
    headers = ["pair", "half", "left", "right", "truth", "same_event_score", "A/C/L/R", "s"]
    print_table(headers, rows)
