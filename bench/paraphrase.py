"""Paraphrased value changes on ECB+ same-event pairs: a fact both articles state, each in its own
wording, is changed in the right article (see ``paraphrase_plan``). A change is caught when a
conflict quotes the left article's wording of the value and the changed value. A spurious conflict
is one the edited pair shows and the unedited pair does not, away from the changed value.

Run from the repository root: ``python -m bench.paraphrase [--verbose] [--limit 8] [--half tune]
[--more 40] [--skip 120] [--exclude 12_ecb,...] [--exclude-articles FILE] [--part study]``
(``--more``: further same-event pairs per half, ``paraphrase_more``; ``--skip``: pass over the first
drawn pairs; ``--exclude``: leave sub-topics out, listed pairs as drawn ones; ``--exclude-articles``:
leave out pairs holding an article listed in FILE, one id a line; ``--part``: of the drawn pairs,
only the study or the report part, split by a hash of the pair's article ids).
About 1-2 minutes for all 30 same-event pairs on 2 cores (one base run per pair, one per change).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from dataclasses import dataclass

from bench.common import (
    Engine,
    add_common_args,
    any_overlap,
    article_document,
    corpus_dir,
    found_corpus,
    get_engine,
    load_articles,
    load_pipeline,
    print_table,
    ratio,
    read_jsonl,
    short,
    spans_text,
)
from bench.paraphrase_more import MORE_PREFIX, PARTS, more_pairs
from bench.paraphrase_plan import PARAPHRASE_KINDS, ParaphraseCase, plan_pair
from bench.splits import HALVES, HELD_OUT, TUNE, ecb_pair_half
from bench.table import Cell, Goal, Metric, metrics_by_half, print_halves
from desktop.core.model import Finding, FindingKind, Report

# Goals from issue 8: paraphrased value changes caught as conflicts >= 0.7 with <= 3 spurious
# conflicts.
GOAL_CAUGHT = Goal(0.7)
GOAL_SPURIOUS = Goal(3, higher_is_better=False)


@dataclass(frozen=True, slots=True)
class Result:
    case: ParaphraseCase
    caught: bool
    spurious: tuple[Finding, ...]  # conflicts the change brought elsewhere in the articles
    error: str | None = None


def on_change(finding: Finding, case: ParaphraseCase) -> bool:
    change = case.change
    return (
        finding.kind is FindingKind.CONFLICT
        and any(any_overlap(finding.left, a) for a in change.anchors)
        and any(any_overlap(finding.right, n) for n in change.new)
    )


def touches_change(finding: Finding, case: ParaphraseCase) -> bool:
    """A conflict quoting the changed value, whatever it sets it against."""
    return any(any_overlap(finding.right, n) for n in case.change.new)


def _key(finding: Finding) -> tuple[tuple[tuple[int, int], ...], tuple[str, ...]]:
    """A conflict's identity across the base and edited runs: right offsets shift after the change,
    so the right side is compared by its text."""
    return tuple((s.start, s.end) for s in finding.left), tuple(s.text for s in finding.right)


def score(case: ParaphraseCase, base: Report | None, edited: Report) -> Result:
    known = {_key(f) for f in base.findings if f.kind is FindingKind.CONFLICT} if base else set()
    conflicts = [f for f in edited.findings if f.kind is FindingKind.CONFLICT]
    caught = any(on_change(f, case) for f in conflicts)
    spurious = tuple(f for f in conflicts if not touches_change(f, case) and _key(f) not in known)
    return Result(case, caught, spurious)


def run(cases_by_pair: dict[str, list[ParaphraseCase]], engine: Engine) -> list[Result]:
    results = []
    for cases in cases_by_pair.values():
        first = cases[0]
        try:
            base: Report | None = engine(first.left, first.right)
        except Exception:  # the edited runs are still scored, every conflict counting as new
            base = None
        for case in cases:
            try:
                results.append(score(case, base, engine(case.left, case.edited)))
            except Exception as exc:
                results.append(Result(case, False, (), f"{type(exc).__name__}: {exc}"))
    return results


def build(
    limit: int | None,
    half: str | None,
    more: int = 0,
    skip: int = 0,
    exclude: frozenset[str] = frozenset(),
    exclude_articles: frozenset[str] = frozenset(),
    part: str | None = None,
) -> dict[str, list[ParaphraseCase]]:
    corpus = corpus_dir()
    articles = load_articles(corpus)
    listed = read_jsonl(corpus / "pairs.jsonl")
    pairs = [
        p
        for p in listed
        if p["same_event"]
        and not {articles[p["left"]]["subtopic"], articles[p["right"]]["subtopic"]} & exclude
        and not {p["left"], p["right"]} & exclude_articles
    ]
    nlp = load_pipeline()
    cases: dict[str, list[ParaphraseCase]] = {}
    taken = dict.fromkeys(HALVES, 0)
    for each in [h for h in HALVES if half in (None, h)] if more else []:
        pairs += more_pairs(articles, listed, each, more, skip, exclude, exclude_articles, part)
    for pair in pairs:
        each = ecb_pair_half(pair)
        drawn = pair["pair_id"].startswith(MORE_PREFIX)  # --more pairs come on top of --limit
        if (half and each != half) or (limit is not None and taken[each] >= limit and not drawn):
            continue
        left = article_document(articles[pair["left"]])
        right = article_document(articles[pair["right"]])
        planned = plan_pair(pair["pair_id"], each, left, right, nlp)
        if planned:
            cases[pair["pair_id"]] = planned
            taken[each] += 1
    return cases


# --- figures and printing ---------------------------------------------------------------------


def _cells(results: Sequence[Result]) -> dict[str, Cell]:
    caught = sum(r.caught for r in results)
    spurious = sum(len(r.spurious) for r in results)
    cells = {
        "paraphrased changes caught as conflicts": Cell(
            ratio(caught, len(results)), f"{caught}/{len(results)}"
        ),
        "spurious conflicts the changes brought": Cell(spurious, f"over {len(results)} changes"),
    }
    for kind in PARAPHRASE_KINDS:
        of_kind = [r for r in results if r.case.change.kind == kind]
        hit = sum(r.caught for r in of_kind)
        cells[f"  {kind} changes caught"] = Cell(ratio(hit, len(of_kind)), f"{hit}/{len(of_kind)}")
    return cells


GOALS = {
    "paraphrased changes caught as conflicts": GOAL_CAUGHT,
    "spurious conflicts the changes brought": GOAL_SPURIOUS,
}


def measure(results: Sequence[Result]) -> list[Metric]:
    tune = _cells([r for r in results if r.case.half == TUNE])
    held = _cells([r for r in results if r.case.half == HELD_OUT])
    return metrics_by_half(tune, held, GOALS)


def print_results(results: Sequence[Result], verbose: bool) -> None:
    rows = [
        [
            r.case.pair_id,
            r.case.half,
            r.case.change.kind,
            short(r.case.change.before, 30),
            short(r.case.change.after, 30),
            "error" if r.error else "yes" if r.caught else "no",
            len(r.spurious),
        ]
        for r in results
    ]
    print_table(["pair", "half", "kind", "before", "after", "caught", "spurious"], rows)
    if not verbose:
        return
    for r in results:
        if r.error:
            print(f"\n{r.case.pair_id} {r.case.change.kind}: engine error {r.error}")
        for f in r.spurious:
            print(f"\n{r.case.pair_id} {r.case.change.kind}: spurious {f.type}")
            print(f"   L={spans_text(f.left)!r} R={spans_text(f.right)!r}")
            print(f"   reason: {short(f.reason, 100)}")


def collect(
    limit: int | None = None,
    half: str | None = None,
    verbose: bool = False,
    more: int = 0,
    skip: int = 0,
    exclude: frozenset[str] = frozenset(),
    exclude_articles: frozenset[str] = frozenset(),
    part: str | None = None,
) -> list[Metric]:
    corpus = found_corpus()
    if corpus is None:
        return []
    name, engine = get_engine()
    print(f"engine: {name}\ncorpus: {corpus}")
    started = time.perf_counter()
    cases = build(limit, half, more, skip, exclude, exclude_articles, part)
    results = run(cases, engine)
    elapsed = time.perf_counter() - started
    print(f"pairs: {len(cases)}, changes: {len(results)} in {elapsed:.0f} s")
    print_results(results, verbose)
    return measure(results)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.paraphrase", description=__doc__)
    add_common_args(parser)
    parser.add_argument("--limit", type=int, help="same-event pairs per half (default: all)")
    parser.add_argument(
        "--more",
        type=int,
        default=0,
        help="draw this many more same-event pairs per half from the ECB+ subtopics "
        "(default: 0, the listed pairs only; see bench/paraphrase_more.py)",
    )
    parser.add_argument(
        "--skip",
        type=int,
        default=0,
        help="pass over this many drawn pairs per half before taking --more (default: 0)",
    )
    parser.add_argument("--exclude", default="", help="comma-separated sub-topics to leave out")
    parser.add_argument(
        "--exclude-articles",
        help="a file of article ids, one a line: pairs holding any of them are left out",
    )
    parser.add_argument(
        "--part",
        choices=PARTS,
        help="of the --more pairs, only this part (split by a hash of the pair's article ids)",
    )
    return parser.parse_args(argv)


def read_ids(path: str | None) -> frozenset[str]:
    if not path:
        return frozenset()
    with open(path, encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    exclude = frozenset(s for s in args.exclude.split(",") if s)
    metrics = collect(
        args.limit,
        args.half,
        args.verbose,
        args.more,
        args.skip,
        exclude,
        read_ids(args.exclude_articles),
        args.part,
    )
    print_halves("Paraphrased value changes", metrics)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
