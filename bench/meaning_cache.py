"""Every sentence pair of a gold group, kept so another embedding table can be scored offline.

labels50 (docs/embeddings.md) trains the meaning table on statement-level labels and asks whether
gold sentence pairs rank higher under it. Rerunning the engine per table would cost minutes per
group; instead ``python -m bench.meaning_cache --group read`` runs the engine once per compared
pair and keeps, per pair: each sentence's word-piece rows (ids into the shipped vocabulary, never
the text), the lexical score, the rare-anchor counts, the shipped score and the gold label (the
oracle's mapping, as ``bench.pair_scorer`` labels). ``bench.meaning_labels`` then rebuilds the
score any table would give (``blend`` then ``lift_anchored``, as ``score_matrix`` does) in numpy.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bench.common import found_corpus
from bench.gold_groups import GROUPS
from bench.oracle_alignment import refusal
from bench.pair_scorer import scored_pairs
from desktop.core.alignment.align import lexical_scores, sentence_texts
from desktop.core.alignment.align_anchors import rare_anchors
from desktop.core.alignment.embed import EmbeddingTable, default_table
from desktop.core.extraction.extract import Analysis

CACHE = Path("/tmp/labels50")


def piece_rows(texts: Sequence[str], table: EmbeddingTable) -> tuple[np.ndarray, np.ndarray]:
    """All sentences' piece rows in one flat array, and each sentence's start in it."""
    rows: list[int] = []
    starts = [0]
    for text in texts:
        rows.extend(table.text_rows(text))
        starts.append(len(rows))
    return np.array(rows, dtype=np.int32), np.array(starts, dtype=np.int64)


def _side(analysis: Analysis, table: EmbeddingTable) -> tuple[np.ndarray, np.ndarray]:
    return piece_rows(sentence_texts(analysis), table)


def collect(group: str, cache: Path, table: EmbeddingTable) -> None:
    arrays: dict[str, np.ndarray] = {}
    gold = runs = 0
    for n, run in enumerate(scored_pairs(group)):
        runs += 1
        anchors = rare_anchors(run.left, run.right)
        gold += int(run.label.sum())
        arrays[f"{n}_score"] = run.scores
        arrays[f"{n}_lexical"] = lexical_scores(run.left, run.right, run.links)
        arrays[f"{n}_anchor_words"] = anchors.words
        arrays[f"{n}_anchor_figures"] = anchors.figures
        arrays[f"{n}_label"] = run.label
        arrays[f"{n}_left_rows"], arrays[f"{n}_left_starts"] = _side(run.left, table)
        arrays[f"{n}_right_rows"], arrays[f"{n}_right_starts"] = _side(run.right, table)
    cache.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(cache / f"{group}.npz", allow_pickle=False, **arrays)
    print(f"{group}: {runs} pairs, {gold} gold sentence pairs")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.meaning_cache", description=__doc__)
    parser.add_argument("--group", action="append", default=[], choices=sorted(GROUPS))
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args(argv)
    refused = refusal(args.group, False)
    if refused:
        print(refused)
        return 2
    table = default_table()
    if found_corpus() is None or table is None:
        print("no corpus or no embedding table: nothing collected")
        return 0
    for group in args.group:
        collect(group, args.cache, table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
