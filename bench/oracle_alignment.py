"""How much would perfect alignment give? The comparison stage's ceiling under an oracle aligner.

``bench.paraphrase_wall`` shows most missed gold lines sit in sentence pairs the alignment scores
low. Before a stop goes to a better meaning model, this bench asks what the comparison stage would
find if the alignment paired every gold line's two sentences: the engine runs once as shipped,
each gold agree / conflict line's quotes are found in the report's texts and mapped to the
sentences they overlap, and the engine runs again with the score of each such sentence pair lifted
to a chosen value (never lowered), every other score left as it is. The lifted matrix goes on to
``align`` and to the findings rules exactly as the shipped one would.

It is an **upper bound on what alignment alone can give**: only gold sentence pairs are lifted, so
no noise pairs come with them, which no real meaning model would manage. A low ceiling means the
bottleneck is the comparison stage, not the alignment.

The hook wraps ``desktop.core.alignment.align.score_matrix`` from here, as
``bench.paraphrase_wall`` captures it: the engine is not changed and the app never runs it.
Figures are bench.quality's own (``bench.scoring.score``): agreements and conflicts found,
conflict precision, conflicts on a gold agreement, yellow (agreements shown as only-one), and
one-sided recall. Pooled-only groups print pooled figures only; ``--verbose`` (readable groups
only) lists the gold conflicts the oracle still misses, with the facts the engine read in the
two sentences, to say why the comparison stage gives none.

Run from the repository root:
``python -m bench.oracle_alignment --group fresh-read [--value 0.5 --value 0.7] [--verbose]``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

import desktop.core.alignment.align as align_module
from bench.common import article_document, found_corpus, read_jsonl
from bench.gold_articles import gold_articles, gold_pair_half
from bench.gold_groups import GROUPS, POOLED_ONLY, expand
from bench.quality import read_gold, with_gold_pairs
from bench.scoring import Gold, Scores, is_matched, locate_gold, score
from desktop.core.compare import compare_documents
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.mentions import sentence_at
from desktop.core.findings.tuning.stage import CLAIM_PAIR
from desktop.core.model import FindingKind, Report, Span, TextRange

LIFTED_KINDS = (FindingKind.AGREE, FindingKind.CONFLICT)
VARIANTS: dict[str, tuple[FindingKind, ...]] = {
    "agree lines": (FindingKind.AGREE,),
    "conflict lines": (FindingKind.CONFLICT,),
    "both": LIFTED_KINDS,
}

Cells = frozenset[tuple[int, int]]


@dataclass
class Hook:
    """What the wrapped ``score_matrix`` lifts on the next comparison, and what it saw."""

    cells: Cells = frozenset()
    value: float = 0.0
    lifted: int = 0  # cells whose score was under ``value`` and so were raised
    analyses: list[tuple[Analysis, Analysis, np.ndarray]] = field(default_factory=list)


def install(hook: Hook) -> Callable[[], None]:
    """Wrap ``score_matrix`` so each call lifts ``hook.cells``; returns the undo."""
    original = align_module.score_matrix

    def wrapped(left: Analysis, right: Analysis, links: dict[str, str]) -> np.ndarray:
        scores = original(left, right, links)
        for i, j in hook.cells:
            if scores[i, j] < hook.value:
                scores[i, j] = hook.value
                hook.lifted += 1
        hook.analyses.append((left, right, scores))
        return scores

    align_module.score_matrix = wrapped  # type: ignore[assignment]

    def undo() -> None:
        align_module.score_matrix = original

    return undo


def _sentences_over(analysis: Analysis, span: TextRange) -> list[int]:
    """The sentences a quote overlaps (a quote may run over a sentence end): from the one holding
    its first character to the one holding its last."""
    starts = [s.start for s in analysis.sentences]
    first = sentence_at(starts, span.start)
    last = max(first, sentence_at(starts, span.end - 1))
    return list(range(first, last + 1))


def gold_cells(gold: Gold, left: Analysis, right: Analysis) -> Cells:
    if gold.left is None or gold.right is None:
        return frozenset()
    return frozenset(
        (i, j) for i in _sentences_over(left, gold.left) for j in _sentences_over(right, gold.right)
    )


@dataclass(frozen=True, slots=True)
class PairResult:
    """One pair's findings under each variant, with its gold lines."""

    pair_id: str
    golds: tuple[Gold, ...]
    reports: dict[str, Report]
    lifted: dict[str, int]
    cells: dict[FindingKind, Cells]
    analyses: tuple[Analysis, Analysis]


def run_pair(
    pair: dict[str, Any],
    lines: Sequence[dict[str, Any]],
    articles: dict[str, Any],
    hook: Hook,
    values: Sequence[float],
) -> PairResult:
    left_doc = article_document(articles[pair["left"]])
    right_doc = article_document(articles[pair["right"]])
    hook.cells, hook.lifted, hook.analyses = frozenset(), 0, []
    shipped = compare_documents(left_doc, right_doc)
    left, right, _ = hook.analyses[-1]
    golds = tuple(locate_gold(line, shipped, articles) for line in lines)
    cells = {
        kind: frozenset().union(*(gold_cells(g, left, right) for g in golds if g.kind is kind))
        for kind in LIFTED_KINDS
    }
    reports, lifted = {"main": shipped}, {"main": 0}
    for value in values:
        for name, kinds in VARIANTS.items():
            label = f"{name} @{value}"
            hook.cells = frozenset().union(*(cells[k] for k in kinds))
            hook.value, hook.lifted = value, 0
            reports[label] = compare_documents(left_doc, right_doc)
            lifted[label] = hook.lifted
    hook.cells = frozenset()
    return PairResult(str(pair["pair_id"]), golds, reports, lifted, cells, (left, right))


def tune_group_pairs(
    corpus: Path, group: str
) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """The compared pairs of a group's gold sets, and each pair's gold lines by pair id."""
    gold_lines = read_gold(corpus, (), expand([group]))
    by_pair: dict[str, list[dict[str, Any]]] = {}
    for line in gold_lines:
        by_pair.setdefault(line["pair_id"], []).append(line)
    pairs = [
        p
        for p in with_gold_pairs(read_jsonl(corpus / "pairs.jsonl"), gold_lines)
        if p["pair_id"] in by_pair
    ]
    # Only tune-half pairs are ever run: a group holding another half is refused by main().
    assert all(gold_pair_half(p["left"], p["right"], corpus) == "tune" for p in pairs)
    return pairs, by_pair


def run_group(group: str, values: Sequence[float]) -> list[PairResult]:
    corpus = found_corpus()
    if corpus is None:
        return []
    pairs, by_pair = tune_group_pairs(corpus, group)
    articles = gold_articles(corpus)
    hook = Hook()
    undo = install(hook)
    try:
        return [run_pair(p, by_pair[p["pair_id"]], articles, hook, values) for p in pairs]
    finally:
        undo()


def variant_scores(results: Sequence[PairResult], label: str) -> Scores:
    golds = [g for r in results for g in r.golds]
    findings = {r.pair_id: r.reports[label].findings for r in results}
    return score(golds, findings, True)


def variant_row(label: str, s: Scores, moved: int, width: int) -> str:
    """One variant's pooled figures: agree, conflict, precision, conflicts on a gold agreement,
    yellow, left_only, right_only, and how many sentence pairs the variant moved."""

    def cell(kind: FindingKind) -> str:
        return "{}/{}".format(*s.recall[kind])

    return (
        f"{label:{width}} {cell(FindingKind.AGREE):>9} {cell(FindingKind.CONFLICT):>9} "
        f"{s.conflicts_right}/{s.conflicts_scored:<7} {s.false_alarms:>8} "
        f"{s.agree_as_only}/{s.agree_lines:<5} {cell(FindingKind.LEFT_ONLY):>9} "
        f"{cell(FindingKind.RIGHT_ONLY):>10} {moved:>6}"
    )


def print_table(group: str, results: Sequence[PairResult]) -> None:
    labels = list(results[0].reports) if results else []
    print(f"\n{group}: {len(results)} pairs (pooled; an upper bound: only gold pairs lifted)")
    header = (
        f"{'variant':22} {'agree':>9} {'conflict':>9} {'precision':>9} {'on agree':>8} "
        f"{'yellow':>8} {'left_only':>9} {'right_only':>10} {'lifted':>6}"
    )
    print(header)
    for label in labels:
        lifted = sum(r.lifted[label] for r in results)
        print(variant_row(label, variant_scores(results, label), lifted, 22))
    cells = {k: sum(len(r.cells[k]) for r in results) for k in LIFTED_KINDS}
    print(
        "gold sentence pairs: "
        + ", ".join(f"{k.value} {n}" for k, n in cells.items())
        + f" (lifted: those scored under the value; {CLAIM_PAIR} is CLAIM_PAIR)"
    )


def _facts_in(analysis: Analysis, sentence: int) -> str:
    shown = [
        f"{f.type.value}:{f.text!r}" + (f"={f.value}" if f.value else "")
        for f in analysis.facts
        if f.sentence == sentence
    ]
    return "; ".join(shown) or "(no facts)"


def print_missed_conflicts(results: Sequence[PairResult], label: str) -> None:
    """Gold conflicts still missed under ``label``: the sentences, their facts and what covers
    the quotes, so the reason the comparison stage gives none can be read."""
    print(f"\nGold conflicts still missed under '{label}':")
    for r in results:
        report = r.reports[label]
        left, right = r.analyses
        pairs = {(p.left.start, p.right.start): p.score for p in report.alignment}
        for g in r.golds:
            if g.kind is not FindingKind.CONFLICT or is_matched(g, report.findings):
                continue
            lost = " LOST: main finds it" if is_matched(g, r.reports["main"].findings) else ""
            print(f"- {r.pair_id} slot {g.slot!r}{' (debatable)' if g.debatable else ''}{lost}")
            print(f"    L quote: {g.left_text!r}\n    R quote: {g.right_text!r}")
            for i, j in sorted(gold_cells(g, left, right)):
                si, sj = left.sentences[i], right.sentences[j]
                aligned = pairs.get((si.start, sj.start))
                print(
                    f"    sentences {i}/{j}: "
                    + (f"aligned at {aligned}" if aligned is not None else "NOT aligned")
                )
                print(f"      L facts: {_facts_in(left, i)}\n      R facts: {_facts_in(right, j)}")
            over = [
                f"{f.kind.value}/{f.type.value}"
                for f in report.findings
                if any(_overlaps(s, g.left) for s in f.left)
                or any(_overlaps(s, g.right) for s in f.right)
            ]
            print(f"    findings over the quotes: {', '.join(over) or 'none'}")


def _overlaps(a: Span, b: TextRange | None) -> bool:
    return b is not None and a.start < b.end and b.start < a.end


def refusal(groups: Sequence[str], verbose: bool) -> str:
    """Why a bench that re-runs the engine on gold pairs refuses these groups, or "": the
    held-out groups and the judge group are never run by a study, and a pooled-only group's
    lines are never printed."""
    refused = [g for g in groups if g.startswith("held") or g == "fresh-judge"]
    if refused:
        return f"{', '.join(refused)}: never scored by this bench"
    if verbose and set(groups) & POOLED_ONLY:
        return "--verbose would print a pooled-only group's lines: pooled figures only"
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.oracle_alignment", description=__doc__)
    parser.add_argument("--group", action="append", required=True, choices=sorted(GROUPS))
    parser.add_argument("--value", action="append", type=float, help="lifted score (0.5, 0.7)")
    parser.add_argument("--verbose", "-v", action="store_true", help="missed conflicts (read)")
    args = parser.parse_args(argv)
    values = args.value or [0.5, 0.7]
    refused = refusal(args.group, args.verbose)
    if refused:
        print(refused)
        return 2
    for group in args.group:
        results = run_group(group, values)
        print_table(group, results)
        if args.verbose:
            print_missed_conflicts(results, f"both @{max(values)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
