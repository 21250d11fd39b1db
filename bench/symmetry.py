"""Order symmetry: the same findings, mirrored, whichever article is dropped on the left.

Run from the repository root: ``python -m bench.symmetry [--sets gvc,gold,ecb] [--limit N]
[--verbose]``. Each pair runs twice, (A, B) and (B, A). A finding's key is its kind and the
character spans of its quotes on each side; the swapped run's keys are mirrored (sides swapped,
left_only <-> right_only) and compared with the first run's. A pair **differs** when any key is
in one run and not the other; each such key counts once under its kind (conflict, agree,
one-sided). Pairs, all tune data:

* ``gvc``: ``bench.gvc --wide``'s tune incidents, each unordered pair of two of an incident's
  articles once (the wide run lists each both ways);
* ``gold``: the distinct article pairs of the ``read`` and ``fresh-read`` gold groups;
* ``ecb``: the first ``--ecb`` (60) distinct ECB+ tune-half pairs (topics 1-22) of the work
  pool ``bench/data/pool_claims52_more_work.txt``.

``--verbose`` prints each differing key with its quotes (tune pairs only, so readable).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import (
    REPO_ROOT,
    article_document,
    corpus_dir,
    get_engine,
    load_gvc_articles,
    print_table,
    say_no_corpus,
    short,
)
from bench.gold import load_set
from bench.gold_articles import gold_articles
from bench.gold_groups import GROUPS
from bench.gvc import every_pair
from bench.splits import TUNE, ecb_article_topic, ecb_topic_half
from desktop.core.model import Finding, FindingKind, Report

POOL = REPO_ROOT / "bench" / "data" / "pool_claims52_more_work.txt"
GOLD_GROUPS = ("read", "fresh-read")
SETS = ("gvc", "gold", "ecb")
DEFAULT_ECB = 60

# A finding as the journalist sees it: kind, and the quotes' spans on the left and on the right.
Key = tuple[str, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]

_MIRROR = {
    FindingKind.LEFT_ONLY.value: FindingKind.RIGHT_ONLY.value,
    FindingKind.RIGHT_ONLY.value: FindingKind.LEFT_ONLY.value,
}


def kind_group(kind: str) -> str:
    return "one-sided" if kind in _MIRROR else kind


def key_of(finding: Finding) -> Key:
    def spans(side: Iterable[Any]) -> tuple[tuple[int, int], ...]:
        return tuple(sorted((s.start, s.end) for s in side))

    return (finding.kind.value, spans(finding.left), spans(finding.right))


def mirrored(key: Key) -> Key:
    kind, left, right = key
    return (_MIRROR.get(kind, kind), right, left)


def keys(report: Report) -> set[Key]:
    return {key_of(f) for f in report.findings}


@dataclass(frozen=True, slots=True)
class PairDiff:
    source: str
    left: str
    right: str
    only_forward: frozenset[Key]  # in the (A, B) run, missing from the mirrored (B, A) run
    only_backward: frozenset[Key]  # in the mirrored (B, A) run, missing from the (A, B) run

    @property
    def differs(self) -> bool:
        return bool(self.only_forward or self.only_backward)

    def by_kind(self) -> Counter[str]:
        return Counter(kind_group(k[0]) for k in self.only_forward | self.only_backward)


def compare_both_ways(
    source: str, a: dict[str, Any], b: dict[str, Any], engine: Any
) -> tuple[PairDiff, Report, Report]:
    doc_a, doc_b = article_document(a), article_document(b)
    forward = engine(doc_a, doc_b)
    backward = engine(doc_b, doc_a)
    there = keys(forward)
    back = {mirrored(k) for k in keys(backward)}
    diff = PairDiff(source, a["id"], b["id"], frozenset(there - back), frozenset(back - there))
    return diff, forward, backward


# --- the pairs ----------------------------------------------------------------------------------


def _unordered(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[frozenset[str]] = set()
    out = []
    for left, right in pairs:
        if left != right and frozenset((left, right)) not in seen:
            seen.add(frozenset((left, right)))
            out.append((left, right))
    return out


def gvc_pairs(articles: dict[str, Any]) -> list[tuple[str, str]]:
    return _unordered((p["left"], p["right"]) for p in every_pair(articles))


def gold_pairs(corpus: Path) -> list[tuple[str, str]]:
    names = [name for group in GOLD_GROUPS for name in GROUPS[group]]
    return _unordered((line["left"], line["right"]) for n in names for line in load_set(n, corpus))


def ecb_pairs(count: int) -> list[tuple[str, str]]:
    rows = [line.split() for line in POOL.read_text(encoding="utf-8").splitlines()]
    ids = [
        (row[1], row[2])
        for row in rows
        if len(row) == 3 and ecb_topic_half(ecb_article_topic(row[1])) == TUNE
    ]
    return _unordered(ids)[:count]


# --- the run --------------------------------------------------------------------------------------


def print_diff(diff: PairDiff, forward: Report, backward: Report) -> None:
    quotes: dict[Key, str] = {}
    for finding in forward.findings:
        quotes[key_of(finding)] = _quote(finding)
    for finding in backward.findings:
        quotes[mirrored(key_of(finding))] = _quote(finding, swap=True)
    print(f"  {diff.source} {diff.left} | {diff.right}")
    for label, group in (("A|B only", diff.only_forward), ("B|A only", diff.only_backward)):
        for key in sorted(group):
            print(f"    {label:8} {key[0]:10} {quotes.get(key, '')}")


def _quote(finding: Finding, swap: bool = False) -> str:
    left = " / ".join(s.text for s in finding.left)
    right = " / ".join(s.text for s in finding.right)
    if swap:
        left, right = right, left
    return f"{short(left, 50)!r} | {short(right, 50)!r}"


def collect(sets: Sequence[str], ecb: int, limit: int | None, verbose: bool) -> list[PairDiff]:
    corpus = corpus_dir()
    if not (corpus / "ecbplus").is_dir():
        say_no_corpus(corpus)
        return []
    articles = gold_articles(corpus)
    chosen: list[tuple[str, tuple[str, str]]] = []
    if "gvc" in sets:
        chosen += [("gvc", p) for p in gvc_pairs(load_gvc_articles(corpus))[:limit]]
    if "gold" in sets:
        chosen += [("gold", p) for p in gold_pairs(corpus)[:limit]]
    if "ecb" in sets:
        chosen += [("ecb", p) for p in ecb_pairs(ecb)[:limit]]
    name, engine = get_engine()
    print(f"engine: {name}\ncorpus: {corpus}\npairs: {len(chosen)}, each run both ways")
    started = time.perf_counter()
    diffs = []
    for source, (a, b) in chosen:
        diff, forward, backward = compare_both_ways(source, articles[a], articles[b], engine)
        diffs.append(diff)
        if verbose and diff.differs:
            print_diff(diff, forward, backward)
    print(f"ran in {time.perf_counter() - started:.0f} s")
    return diffs


def print_figures(diffs: Sequence[PairDiff]) -> None:
    kinds = ("conflict", "agree", "one-sided")
    rows = []
    for source in (*SETS, "all"):
        part = [d for d in diffs if source in ("all", d.source)]
        if not part:
            continue
        counts: Counter[str] = Counter()
        for d in part:
            counts.update(d.by_kind())
        differing = sum(d.differs for d in part)
        rows.append(
            [
                source,
                len(part),
                f"{differing} ({100 * differing / len(part):.0f}%)",
                *(counts[k] for k in kinds),
            ]
        )
    print("\nOrder symmetry (findings that differ after mirroring; fewer is better, goal 0)")
    print_table(["pairs", "n", "pairs differing", *kinds], rows)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.symmetry", description=__doc__)
    parser.add_argument("--sets", default=",".join(SETS), help="comma list of gvc, gold, ecb")
    parser.add_argument("--ecb", type=int, default=DEFAULT_ECB, help="ECB+ pool pairs to run")
    parser.add_argument("--limit", type=int, help="at most N pairs of each set")
    parser.add_argument("--verbose", action="store_true", help="print each differing finding")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    print_figures(collect(sets, args.ecb, args.limit, args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
