"""Where the paraphrase wall stands: the alignment score of the two sentences that hold each gold
agreement's and conflict's quotes, which signal is low there, and what other meaning signals
would do at the same cost in extra pairs.

For every agree / conflict line of the gold sets given, the engine runs once per pair with the
alignment's score matrix captured, and the sentence holding each quote's start is looked up.
Printed per kind: how many gold sentence pairs score under 0.3 (``PAIR_THRESHOLD``) and under
``CLAIM_PAIR`` (where claims are compared one by one), and how many of the lines the engine missed
sit there; the median of each signal (words, names and fuzzy overlap, embedding cosine) and the
gold partner's rank among the left sentence's partners.

``--signals`` also scores other meaning signals on the same pairs, each blended into the same
lexical score with the same anchor lift and ``align``: the shipped mean vector; soft word matching
(``bench/soft_match.py``) with its floor and full set so that as large a share of all sentence
pairs passes them as passes the mean vector's (the same noise); and the larger of soft matching and
the mean vector at docs/embeddings.md's setting. For each: gold lines whose two sentences are
aligned, aligned at ``CLAIM_PAIR`` or more, and all aligned pairs (the cost).

``--verbose`` prints every gold line under ``CLAIM_PAIR``: use it on the read sets only.
Run from the repository root: ``python -m bench.paraphrase_wall --gold tuneA [--signals] [-v]``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

import desktop.core.alignment.align as align_module
from bench.common import article_document, found_corpus
from bench.gold_articles import gold_articles
from bench.quality import read_gold
from bench.scoring import is_matched, locate_gold
from bench.soft_match import SOFT_FLOOR, SOFT_FULL, candidate_pairs, soft_match_scores
from desktop.core.alignment.align import (
    EMBEDDING_FLOOR,
    EMBEDDING_FULL,
    PAIR_THRESHOLD,
    align,
    blend,
    lexical_scores,
    meaning_scores,
    sentence_texts,
)
from desktop.core.alignment.align_anchors import Anchors, lift_anchored, rare_anchors
from desktop.core.alignment.embed import EmbeddingTable, default_table
from desktop.core.compare import compare_documents
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.mentions import sentence_at
from desktop.core.findings.tuning.stage import CLAIM_PAIR
from desktop.core.model import FindingKind

KINDS = (FindingKind.AGREE.value, FindingKind.CONFLICT.value)


@dataclass(frozen=True, slots=True)
class Row:
    """One gold line and the alignment of the two sentences holding its quotes."""

    pair_id: str
    kind: str
    found: bool
    left: int
    right: int
    score: float
    lexical: float
    words: float
    cosine: float
    rank: int  # the right sentence's rank among the left sentence's partners (0: best)
    left_text: str
    right_text: str


@dataclass(frozen=True, slots=True)
class PairSignals:
    """What the other meaning signals need of one compared pair."""

    lexical: np.ndarray
    anchors: Anchors
    mean: np.ndarray
    soft: np.ndarray
    rows: tuple[Row, ...]


def _captured() -> list[tuple[Analysis, Analysis, dict[str, str], np.ndarray]]:
    """Wrap ``score_matrix`` so each comparison's analyses, links and scores are kept."""
    kept: list[tuple[Analysis, Analysis, dict[str, str], np.ndarray]] = []
    original = align_module.score_matrix

    def wrapped(left: Analysis, right: Analysis, links: dict[str, str]) -> np.ndarray:
        scores = original(left, right, links)
        kept.append((left, right, links, scores))
        return scores

    align_module.score_matrix = wrapped  # type: ignore[assignment]
    return kept


def _sentence_at(analysis: Analysis, offset: int) -> int:
    return sentence_at([s.start for s in analysis.sentences], offset)


def pair_signals(
    pair_lines: Sequence[dict[str, Any]],
    articles: dict[str, Any],
    table: EmbeddingTable,
    kept: list[tuple[Analysis, Analysis, dict[str, str], np.ndarray]],
) -> PairSignals:
    first = pair_lines[0]
    report = compare_documents(
        article_document(articles[first["left"]]), article_document(articles[first["right"]])
    )
    left, right, links, scores = kept[-1]
    lexical = lexical_scores(left, right, links)
    mean = meaning_scores(left, right, table)
    words = align_module._cosine(left.sentence_words, right.sentence_words)
    texts = sentence_texts(left), sentence_texts(right)
    rows = []
    for line in pair_lines:
        gold = locate_gold(line, report, articles)
        if gold.left is None or gold.right is None:
            continue
        i, j = _sentence_at(left, gold.left.start), _sentence_at(right, gold.right.start)
        rows.append(
            Row(
                pair_id=line["pair_id"],
                kind=line["kind"],
                found=is_matched(gold, report.findings),
                left=i,
                right=j,
                score=float(scores[i, j]),
                lexical=float(lexical[i, j]),
                words=float(words[i, j]),
                cosine=float(mean[i, j]),
                rank=int((scores[i] > scores[i, j]).sum()),
                left_text=texts[0][i],
                right_text=texts[1][j],
            )
        )
    soft = soft_match_scores(*texts, table, candidate_pairs(*texts, table))
    return PairSignals(lexical, rare_anchors(left, right), mean, soft, tuple(rows))


def print_wall(rows: Sequence[Row]) -> None:
    for kind in KINDS:
        of_kind = [r for r in rows if r.kind == kind]
        if not of_kind:
            continue
        low = [r for r in of_kind if r.score < PAIR_THRESHOLD]
        under = [r for r in of_kind if r.score < CLAIM_PAIR]
        print(
            f"{kind}: {len(of_kind)} lines, {sum(not r.found for r in of_kind)} missed; "
            f"under {PAIR_THRESHOLD}: {len(low)} ({sum(not r.found for r in low)} missed); "
            f"under {CLAIM_PAIR}: {len(under)} ({sum(not r.found for r in under)} missed)"
        )
        for name, group in (("all", of_kind), (f"under {PAIR_THRESHOLD}", low)):
            if group:
                print(
                    f"  medians ({name}): score {_median(group, 'score')}, "
                    f"lexical {_median(group, 'lexical')}, words {_median(group, 'words')}, "
                    f"cosine {_median(group, 'cosine')}, rank {_median(group, 'rank')}"
                )


def _median(rows: Sequence[Row], name: str) -> str:
    return f"{float(np.median([getattr(r, name) for r in rows])):.2f}"


def print_signals(pairs: Sequence[PairSignals]) -> None:
    """Each meaning signal's gold lines aligned, at the same anchor lift and ``align``."""
    means = np.concatenate([p.mean.ravel() for p in pairs])
    softs = np.concatenate([p.soft.ravel() for p in pairs])
    # The soft floor and full that as large a share of all sentence pairs passes as passes the
    # mean vector's: the same noise, so the gold lines aligned compare signal, not looseness.
    same_floor = float(np.quantile(softs, float((means < EMBEDDING_FLOOR).mean())))
    same_full = float(np.quantile(softs, float((means < EMBEDDING_FULL).mean())))

    def larger(p: PairSignals) -> np.ndarray:
        mapped = (p.mean - EMBEDDING_FLOOR) / (EMBEDDING_FULL - EMBEDDING_FLOOR)
        return np.maximum(p.soft, SOFT_FLOOR + mapped * (SOFT_FULL - SOFT_FLOOR))

    signals: list[tuple[str, Callable[[PairSignals], np.ndarray], float, float]] = [
        ("mean vector (shipped)", lambda p: p.mean, EMBEDDING_FLOOR, EMBEDDING_FULL),
        ("soft matching, same noise", lambda p: p.soft, same_floor, same_full),
        ("soft matching", lambda p: p.soft, SOFT_FLOOR, SOFT_FULL),
        ("larger of soft and mean", larger, SOFT_FLOOR, SOFT_FULL),
    ]
    print(f"signal (floor, full): per kind, gold lines aligned / at {CLAIM_PAIR}+; all pairs")
    for name, meaning, floor, full in signals:
        counts = {kind: [0, 0] for kind in KINDS}
        aligned_pairs = close_pairs = 0
        for p in pairs:
            scores = lift_anchored(
                blend(p.lexical, meaning(p), floor=floor, full=full),
                p.anchors,
                PAIR_THRESHOLD,
            )
            aligned = align(scores)
            kept = {(a.left, a.right) for a in aligned}
            aligned_pairs += len(aligned)
            close_pairs += sum(a.score >= CLAIM_PAIR for a in aligned)
            for r in p.rows:
                if (r.left, r.right) in kept:
                    counts[r.kind][0] += 1
                    counts[r.kind][1] += int(scores[r.left, r.right] >= CLAIM_PAIR)
        figures = "; ".join(f"{k} {a} / {c}" for k, (a, c) in counts.items())
        print(
            f"  {name} ({floor:.2f}, {full:.2f}): {figures}; "
            f"pairs {aligned_pairs} ({close_pairs} at {CLAIM_PAIR}+)"
        )


def print_rows(rows: Sequence[Row]) -> None:
    for r in sorted(rows, key=lambda r: (r.kind, r.score)):
        if r.score >= CLAIM_PAIR:
            continue
        print(
            f"{r.kind:8} {'found' if r.found else 'MISSED'} {r.pair_id} score {r.score:.2f} "
            f"lexical {r.lexical:.2f} words {r.words:.2f} cosine {r.cosine:.2f} rank {r.rank}\n"
            f"    L: {r.left_text[:160]!r}\n    R: {r.right_text[:160]!r}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.paraphrase_wall", description=__doc__)
    parser.add_argument("--gold", action="append", default=[], metavar="NAME", required=True)
    parser.add_argument("--signals", action="store_true", help="compare other meaning signals")
    parser.add_argument("--verbose", "-v", action="store_true", help="print each line (read sets)")
    args = parser.parse_args(argv)
    corpus = found_corpus()
    table = default_table()
    if corpus is None or table is None:
        print("no corpus or no embedding table: nothing measured")
        return 0
    by_pair: dict[str, list[dict[str, Any]]] = {}
    for line in read_gold(corpus, (), args.gold):
        if line["kind"] in KINDS and line.get("left_text") and line.get("right_text"):
            by_pair.setdefault(line["pair_id"], []).append(line)
    articles = gold_articles(corpus)
    kept = _captured()
    pairs = [pair_signals(lines, articles, table, kept) for lines in by_pair.values()]
    rows = [r for p in pairs for r in p.rows]
    print_wall(rows)
    if args.signals:
        print_signals(pairs)
    if args.verbose:
        print_rows(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
