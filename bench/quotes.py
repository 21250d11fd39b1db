"""Quotes by speaker and shared wire copy, measured on planted edits of ECB+ articles (issue 12).

(a) one word inside one quote changed, (b) a quote's speaker replaced by another person the article
names, (c) a quote deleted. Each copy is compared with its original *through the engine*
(``compare_documents``, what the journalist sees): the right quote finding must appear (recall),
and nothing else new: every other non-agree finding that the original compared with itself did not
have counts as new (precision: right findings / (right + new)). A few findings besides the
planted one are right, not new, because what they say of the copy is true: a fact the copy lost
with a deleted quote and writes nowhere else, a swapped speaker shown as a name changed in the
sentence (the rules, one for both halves, in bench/quote_grading.py). The quote detectors alone
(``quotes`` + ``quote_compare``, no engine) are scored too, as a cheap cross-check.
(d) an article built from the first half of article A verbatim and the second half of another
article on the same event, through the engine: the share of A's half inside ``shared_passages``
(goal >= 0.95), and the share of the agreements lying wholly in that half marked not independent.
``shared_copy`` of articles written independently (goal <= 0.05): ECB+ pairs about two different
events of one topic, and the first articles of each topic's two sub-topics. Same-event ECB+ pairs
are printed too, but many of them really do reprint the same agency copy (S05 and S07 share
passages of over 100 words), so their share is a finding, not an error. The copied half is also
measured lightly edited (every 15th word changed).

Run from the repository root: ``python -m bench.quotes [--verbose] [--limit 40] [--half tune]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bench.common import (
    add_common_args,
    found_corpus,
    load_articles,
    load_pipeline,
    read_jsonl,
)
from bench.quote_cases import Case, build_cases
from bench.quote_grading import lost_with_sentence
from bench.quote_listing import around, print_case
from bench.quote_pairs import (
    SharedFigures,
    mean_cell,
    real_pair_quotes,
    share_cell,
    shared_copy_figures,
    shares,
    speed_ratio,
    subtopic_pairs,
)
from bench.splits import HALVES, ecb_article_topic, ecb_pair_half, ecb_topic_half
from bench.table import Cell, Goal, Metric, print_halves
from desktop.core.compare import compare_documents
from desktop.core.model import (
    Finding,
    FindingKind,
)
from desktop.core.quoting.quote_compare import compare_quotes
from desktop.core.quoting.quotes import extract_quotes

# Articles with quotes per half: three planted edits each, every one compared through the engine.
DEFAULT_LIMIT = 25


def score_direct(cases: Sequence[Case], nlp: Any) -> dict[str, tuple[int, int, int, int]]:
    """The detectors alone, per kind: (cases, found, right verdicts, all non-agree verdicts)."""
    tally: dict[str, list[int]] = {}
    for case in cases:
        left_q = extract_quotes(nlp(case.left))
        right_q = extract_quotes(nlp(case.right))
        verdicts = compare_quotes(left_q, right_q, case.left, case.right)
        flagged = [v for v in verdicts if v.kind is not FindingKind.AGREE]
        right_ones = [v for v in flagged if case.right_is_correct(v)]
        row = tally.setdefault(case.kind, [0, 0, 0, 0])
        row[0] += 1
        row[1] += bool(right_ones)
        row[2] += len(right_ones)
        row[3] += len(flagged)
    return {kind: (r[0], r[1], r[2], r[3]) for kind, r in tally.items()}


@dataclass
class EngineTally:
    """Planted edits of one kind through the engine."""

    cases: int = 0
    found: int = 0  # cases where the right quote finding appears
    right: int = 0  # right findings (one per case at most, in practice)
    new: int = 0  # other non-agree findings the unedited comparison did not have
    clean: int = 0  # cases with the right finding and nothing new
    # Right findings besides the planted one (bench/quote_grading.py: a fact the copy lost with a
    # deleted quote, a swapped speaker shown as a name changed in the sentence). In ``right``.
    besides: int = 0
    # New one-sided findings lying wholly in the deleted sentences: facts the copy really lost
    # with the quote's sentence (a date, a figure beside the quote). Still counted in ``new``.
    new_in_deleted: int = 0


def _key(f: Finding) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """A finding by what it says, so the same finding matches across the original and the copy
    (offsets shift on the edited side)."""
    return (
        f.kind.value,
        f.type.value,
        tuple(s.text for s in f.left),
        tuple(s.text for s in f.right),
    )


def score_engine(cases: Sequence[Case], verbose: bool) -> dict[str, EngineTally]:
    """Each edited copy compared with its original through the engine; see the module docstring."""
    tally: dict[str, EngineTally] = {}
    before: dict[str, set[tuple[str, str, tuple[str, ...], tuple[str, ...]]]] = {}
    for case in cases:
        assert case.document is not None
        original = case.document
        if case.article not in before:
            unedited = compare_documents(original, original)
            before[case.article] = {
                _key(f) for f in unedited.findings if f.kind is not FindingKind.AGREE
            }
        copy = dataclasses.replace(original, source=original.source + " (edited)", text=case.right)
        report = compare_documents(original, copy)
        flagged = [f for f in report.findings if f.kind is not FindingKind.AGREE]
        right_ones = [f for f in flagged if case.finding_is_correct(report, f)]
        fresh = [f for f in flagged if f not in right_ones and _key(f) not in before[case.article]]
        besides = [f for f in fresh if case.besides(f)]
        new = [f for f in fresh if f not in besides]
        row = tally.setdefault(case.kind, EngineTally())
        row.cases += 1
        row.found += bool(right_ones)
        row.right += len(right_ones) + len(besides)
        row.besides += len(besides)
        row.new += len(new)
        row.new_in_deleted += sum(lost_with_sentence(f, case.deleted) for f in new)
        row.clean += bool(right_ones) and not new
        if verbose and (not right_ones or new):
            edit = around(case.left, case.quote.start, case.quote.end)
            print_case(
                case.kind,
                case.article,
                case.note,
                edit,
                [*right_ones, *besides],
                new,
                case.left,
                case.right,
            )
    return tally


_KINDS = (
    ("changed word", "misquote (a word changed) found"),
    ("swapped speaker", "swapped speaker found"),
    ("deleted quote", "deleted quote found"),
)


@dataclass
class HalfResult:
    engine: dict[str, EngineTally]
    direct: dict[str, tuple[int, int, int, int]]
    real: tuple[int, int, int]  # same-event pairs: quote agreements, wording and speaker conflicts
    real_pairs: int
    shared: SharedFigures
    apart: list[float]  # shared_copy of articles written independently


def run_half(
    half: str,
    articles: dict[str, dict[str, Any]],
    all_pairs: Sequence[dict[str, Any]],
    limit: int,
    verbose: bool,
) -> HalfResult:
    nlp = load_pipeline()
    chosen = sorted(
        (a for a in articles.values() if ecb_topic_half(ecb_article_topic(a["id"])) == half),
        key=lambda a: a["id"],
    )
    cases = build_cases(chosen, nlp, limit)
    print(f"{half}: {len(cases)} planted edits in {len({c.article for c in cases})} articles")
    same = [p for p in all_pairs if p.get("same_event") and ecb_pair_half(p) == half]
    apart = [p for p in all_pairs if not p.get("same_event")] + subtopic_pairs(articles)
    return HalfResult(
        engine=score_engine(cases, verbose),
        direct=score_direct(cases, nlp),
        real=real_pair_quotes(same, articles, nlp, verbose),
        real_pairs=len(same),
        shared=shared_copy_figures(same, articles),
        apart=shares([p for p in apart if ecb_pair_half(p) == half], articles),
    )


def measure(results: dict[str, HalfResult]) -> list[Metric]:
    """The figures of both halves as bench.table rows (a missing half gives n/a)."""

    def both(cell: Callable[[HalfResult], Cell]) -> tuple[Cell, Cell]:
        tune, held_out = (cell(results[h]) if h in results else Cell(None) for h in HALVES)
        return tune, held_out

    def engine_sum(r: HalfResult, attr: str, kinds: Sequence[str] = ()) -> int:
        return sum(getattr(t, attr) for k, t in r.engine.items() if not kinds or k in kinds)

    def precision(*kinds: str) -> Callable[[HalfResult], Cell]:
        """Right findings / (right + new), over the edits of these kinds."""

        def cell(r: HalfResult) -> Cell:
            right = engine_sum(r, "right", kinds)
            return share_cell(right, right + engine_sum(r, "new", kinds))

        return cell

    def found(kind: str) -> Callable[[HalfResult], Cell]:
        def cell(r: HalfResult) -> Cell:
            tally = r.engine.get(kind, EngineTally())
            return share_cell(tally.found, tally.cases)

        return cell

    metrics = [Metric(f"{label}, engine", Goal(0.9), *both(found(kind))) for kind, label in _KINDS]
    metrics += [
        Metric(
            "misquotes and swapped speakers: precision, engine",
            Goal(0.9),
            *both(precision("changed word", "swapped speaker")),
        ),
        Metric("deleted quotes: precision, engine", Goal(0.9), *both(precision("deleted quote"))),
        Metric(
            "deleted quotes: new findings that are facts of the deleted sentences (of all new)",
            None,
            *both(
                lambda r: share_cell(
                    engine_sum(r, "new_in_deleted", ("deleted quote",)),
                    engine_sum(r, "new", ("deleted quote",)),
                )
            ),
        ),
        Metric(
            "quote edits: right findings besides the planted one (of all right)",
            None,
            *both(lambda r: share_cell(engine_sum(r, "besides"), engine_sum(r, "right"))),
        ),
        Metric(
            "quote edits: right finding and nothing else new",
            Goal(0.9),
            *both(lambda r: share_cell(engine_sum(r, "clean"), engine_sum(r, "cases"))),
        ),
        Metric(
            "quote edits found, detectors alone",
            None,
            *both(
                lambda r: share_cell(
                    sum(t[1] for t in r.direct.values()), sum(t[0] for t in r.direct.values())
                )
            ),
        ),
        Metric(
            "quote conflicts on same-event pairs (each to check)",
            None,
            *both(
                lambda r: Cell(r.real[1] + r.real[2], f"{r.real[0]} agree, {r.real_pairs} pairs")
            ),
        ),
        Metric("shared half found, engine", Goal(0.95), *both(lambda r: mean_cell(r.shared.found))),
        Metric(
            "shared half found, every 15th word edited",
            Goal(0.95),
            *both(lambda r: mean_cell(r.shared.found_edited)),
        ),
        Metric(
            "agreements inside the shared half marked not independent",
            Goal(0.95),
            *both(lambda r: mean_cell(r.shared.not_independent)),
        ),
        Metric(
            "shared_copy of independent articles, max",
            Goal(0.05, higher_is_better=False),
            *both(lambda r: Cell(max(r.apart) if r.apart else None, f"n={len(r.apart)}")),
            digits=3,
        ),
        Metric(
            "shared_copy of same-event pairs, median (a finding)",
            None,
            *both(lambda r: Cell(statistics.median(r.shared.real) if r.shared.real else None)),
            digits=3,
        ),
    ]
    return metrics


def collect(
    limit: int = DEFAULT_LIMIT, half: str | None = None, verbose: bool = False
) -> list[Metric]:
    corpus = found_corpus()
    if corpus is None:
        return []
    articles = load_articles(corpus)
    all_pairs = read_jsonl(corpus / "pairs.jsonl")
    started = time.perf_counter()
    results = {
        h: run_half(h, articles, all_pairs, limit, verbose) for h in ([half] if half else HALVES)
    }
    print(f"[quotes: {time.perf_counter() - started:.0f} s]")
    return measure(results)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quotes", description=__doc__)
    add_common_args(parser)
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        help=f"articles with quotes per half (default {DEFAULT_LIMIT})",
    )
    parser.add_argument(
        "--speed", action="store_true", help="also time shared-copy detection alone"
    )
    args = parser.parse_args(argv)
    metrics = collect(args.limit, args.half, args.verbose)
    print_halves("Quotes and shared copy (issue 12)", metrics)
    if args.speed:
        print(
            f"\nshared-copy speed on 15k words: {speed_ratio():.0f}x one regex word count of both"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
