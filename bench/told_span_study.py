"""Oracle study of the told span (``findings/untold/told_span.py``): for each one-sided mark in a
sentence an engine agree statement covers, is it inside the words the partner sentence tells,
and does it lie in a gold agreement's quote only, in a gold one-sided line, or in neither?

Hypothesis (tellspan47): the gold agreement's quote sits in the told span; the gold one-sided
lines sit outside it. The marks are read as the passes make them, before the told span narrows
any (``narrowed_to_untold`` is switched off here). Run on read sets only:
``python -m bench.told_span_study --group read [--cosine 0.7 --gap 2 --anchors 2]
[--clause-share 0.8] [--verbose]``; each option may be given several times, and every
combination is printed. ``--clause-share``: the told span at the grain of whole clauses, those
whose content words the partner tells at that share or more (0: runs of told words).
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import desktop.core.findings as findings_stage
from bench.common import print_table, short
from bench.gold import set_names
from bench.gold_groups import POOLED_ONLY, expand
from bench.scoring import Gold
from bench.yellow_causes import run_sets
from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning
from desktop.core.findings.untold.told_span import ToldSpan, is_content, told_span, told_words
from desktop.core.model import Finding, FindingKind, Report, Side, Span, TextRange

ONLY = {Side.LEFT: FindingKind.LEFT_ONLY, Side.RIGHT: FindingKind.RIGHT_ONLY}
AGREEMENT_ONLY, ONE_SIDED_LINE, NEITHER = "gold agreement only", "gold one-sided line", "neither"
CATEGORIES = (AGREEMENT_ONLY, ONE_SIDED_LINE, NEITHER)

Pair = tuple[Analysis, Analysis]

# Share of a mark's characters that must lie in the told span for the mark to count as inside it.
COVER = 0.5


def _holds(told: ToldSpan, start: int, end: int) -> bool:
    return told.share(start, end) >= COVER


def _told_clauses(
    mine: Analysis, i: int, theirs: Analysis, partners: Sequence[int], share: float
) -> ToldSpan:
    """The clauses of sentence ``i`` whose content words the partner tells at ``share`` or more:
    the told span at the grain of whole clauses (measured, not shipped)."""
    parse = mine.clause_parse
    first, told = told_words(mine, i, theirs, partners)
    if parse is None or not told:
        return ToldSpan(())
    content: dict[int, list[bool]] = {}
    for k in range(first, first + len(told)):
        if is_content(parse, k):
            content.setdefault(parse.owner[k], []).append(told[k - first])
    head_at = {parse.starts[k]: parse.owner[k] for k in range(first, first + len(told))}
    runs: list[tuple[int, int]] = []
    for clause in parse.clauses(i):
        owner = head_at.get(clause.runs[0][0])
        flags = content.get(owner, []) if owner is not None else []
        if sum(flags) >= tuning.TOLD_SPAN_MIN_ANCHORS and sum(flags) >= share * len(flags):
            runs.extend(clause.runs)
    return ToldSpan(tuple(sorted(runs)))


@dataclass(frozen=True, slots=True)
class Setting:
    cosine: float
    gap: int
    anchors: int
    clause_share: float  # 0: runs of told words


def _captured() -> dict[tuple[str, str], Pair]:
    """Each comparison's two analyses, found again by the two texts; no narrowing."""
    kept: dict[tuple[str, str], Pair] = {}
    build = findings_stage.build_findings

    def keep(left: Analysis, right: Analysis, *args: Any, **kwargs: Any) -> list[Finding]:
        kept[left.document.text, right.document.text] = (left, right)
        return build(left, right, *args, **kwargs)

    def unchanged(findings: list[Finding], left: Analysis, right: Analysis) -> list[Finding]:
        return findings

    setattr(findings_stage, "build_findings", keep)  # noqa: B010 (a study hook)
    setattr(findings_stage, "narrowed_to_untold", unchanged)  # noqa: B010
    return kept


def _sentence(analysis: Analysis, offset: int) -> int | None:
    return next((n for n, s in enumerate(analysis.sentences) if s.start <= offset < s.end), None)


def _partners(report: Report, theirs: Analysis, side: Side, sentence: TextRange) -> list[int]:
    found: set[int] = set()
    for f in report.findings:
        if (
            f.kind is FindingKind.AGREE
            and f.is_statement
            and any(t.range.overlaps(sentence) for t in f.spans(side))
        ):
            found.update(
                j for t in f.spans(side.other) if (j := _sentence(theirs, t.start)) is not None
            )
    return sorted(found)


def _overlaps(span: Span, quote: TextRange | None) -> bool:
    return quote is not None and span.range.overlaps(quote)


def _told_spans(report: Report, pair: Pair, setting: Setting) -> dict[tuple[Side, int], ToldSpan]:
    """The told span of every sentence an agree statement pairs, per side."""
    out: dict[tuple[Side, int], ToldSpan] = {}
    for side in ONLY:
        mine, theirs = pair if side is Side.LEFT else pair[::-1]
        for i, s in enumerate(mine.sentences):
            partners = _partners(report, theirs, side, TextRange(s.start, s.end))
            if partners:
                out[side, i] = (
                    _told_clauses(mine, i, theirs, partners, setting.clause_share)
                    if setting.clause_share > 0
                    else told_span(mine, i, theirs, partners)
                )
    return out


def study(
    golds: Sequence[Gold],
    reports: dict[str, tuple[Report, Pair]],
    setting: Setting,
    verbose: bool,
) -> None:
    table: Counter[tuple[str, bool, str]] = Counter()
    under: Counter[str] = Counter()  # gold quotes under sentence marks the told span touches
    for pid, (report, pair) in reports.items():
        told_of = _told_spans(report, pair, setting)
        mine_golds = [g for g in golds if g.pair_id == pid and g.matchable]
        for f, (side, kind) in itertools.product(report.findings, ONLY.items()):
            if f.kind is not kind:
                continue
            mine = pair[0] if side is Side.LEFT else pair[1]
            for sp in f.spans(side):
                i = _sentence(mine, sp.start)
                told = None if i is None else told_of.get((side, i))
                if told is None:
                    continue
                lines = [g for g in mine_golds if g.kind is kind and _overlaps(sp, g.quote(side))]
                agrees = [
                    g
                    for g in mine_golds
                    if g.kind is FindingKind.AGREE and _overlaps(sp, g.quote(side))
                ]
                cat = ONE_SIDED_LINE if lines else AGREEMENT_ONLY if agrees else NEITHER
                mark = "sentence" if f.is_statement else "fact"
                inside = _holds(told, sp.start, sp.end)
                table[mark, inside, cat] += 1
                if f.is_statement and told.share(sp.start, sp.end) > 0:
                    for name, gs in (("line", lines), ("agreement", agrees)):
                        for g in gs:
                            q = g.quote(side)
                            assert q is not None  # _overlaps found it
                            where = "inside" if _holds(told, q.start, q.end) else "outside"
                            under[f"{name} {where} told"] += 1
                if verbose:
                    runs = " | ".join(mine.document.text[a:b] for a, b in told.runs)
                    state = "IN " if inside else "OUT"
                    print(f"{pid} {mark} {state} [{cat}] {short(sp.text, 60)!r}")
                    print(f"    told: {short(runs, 150)}")
    print(
        f"\ncosine {setting.cosine}, gap {setting.gap}, anchors {setting.anchors}, "
        f"clause share {setting.clause_share or 'runs'}, cover {COVER}"
    )
    rows = [
        [mark, "inside" if inside else "outside"] + [table[mark, inside, c] for c in CATEGORIES]
        for mark in ("fact", "sentence")
        for inside in (True, False)
    ]
    print_table(["mark", "told span", *CATEGORIES], rows)
    print("gold quotes under sentence marks the told span touches:", dict(sorted(under.items())))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.told_span_study", description=__doc__)
    parser.add_argument("--group", action="append", default=[])
    parser.add_argument("--gold", action="append", default=[])
    parser.add_argument("--cosine", type=float, action="append", default=[])
    parser.add_argument("--gap", type=int, action="append", default=[])
    parser.add_argument("--anchors", type=int, action="append", default=[])
    parser.add_argument("--clause-share", type=float, action="append", default=[])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if set(args.group) & POOLED_ONLY or any(name.startswith("held") for name in args.gold):
        print("only read sets are studied mark by mark")
        return 2
    sets = expand(args.group) + args.gold
    unknown = sorted(set(sets) - set(set_names()))
    if unknown or not sets:
        print(f"no gold set {', '.join(unknown)} in bench/gold" if unknown else "no gold set")
        return 2
    analyses = _captured()
    golds, runs = run_sets(sets)
    reports = {
        pid: (r.report, analyses[r.report.left.document.text, r.report.right.document.text])
        for pid, r in runs.items()
        if r.report is not None
    }
    for cosine, gap, anchors, share in itertools.product(
        args.cosine or [tuning.TOLD_WORD_COSINE],
        args.gap or [tuning.TOLD_SPAN_GAP],
        args.anchors or [tuning.TOLD_SPAN_MIN_ANCHORS],
        args.clause_share or [0.0],
    ):
        setattr(tuning, "TOLD_WORD_COSINE", cosine)  # noqa: B010 (the study's settings)
        setattr(tuning, "TOLD_SPAN_GAP", gap)  # noqa: B010
        setattr(tuning, "TOLD_SPAN_MIN_ANCHORS", anchors)  # noqa: B010
        study(golds, reports, Setting(cosine, gap, anchors, share), args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
