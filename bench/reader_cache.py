"""Every sentence pair of a gold group, with the sentences' text, for a sentence-pair reader
trained and scored outside the app's environment (reader52; docs/embeddings.md).

``bench.meaning_cache`` keeps word-piece rows of the shipped table; a cross-encoder reads the two
sentences together through its own tokenizer, so this cache keeps each sentence's text as the
engine split it (``sentence_texts``), and per compared pair: the shipped score matrix, align49's
fitted scorer (``bench/data/pair_scorer.json``) and the gold label of each sentence pair (the
oracle's mapping, ``bench.oracle_alignment.gold_cells``). ``tools/train_pair_reader.py`` (torch,
in a build-time venv) trains on it and writes its scores back next to it; ``bench.reader_scores``
scores them as labels50's table does.

Label files written for training (``--labels NAME=FILE ...``, the gold format with a third kind,
``different``: two look-alike quotes stating different claims) are mapped the same way; their
``different`` cells are kept as hard negatives (label -1, unless the cell is also gold).

The cache lives under /tmp and is never committed (it holds corpus text). Nothing is printed
per pair, so pooled-only groups are safe to collect:
``python -m bench.reader_cache --group read --group fresh-read [--labels labels52=L.jsonl ...]``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import article_document, found_corpus, read_jsonl
from bench.gold_articles import gold_articles, gold_pair_half
from bench.gold_groups import GROUPS
from bench.oracle_alignment import gold_cells, refusal, tune_group_pairs
from bench.pair_features import feature_matrices
from bench.pair_scorer import WEIGHTS, Model, captured_runs, scored_pairs
from bench.quality import read_gold, with_gold_pairs
from bench.scoring import locate_gold
from desktop.core.alignment.align import sentence_texts
from desktop.core.alignment.embed import EmbeddingTable, default_table
from desktop.core.compare import compare_documents

CACHE = Path("/tmp/reader52")
HARD_NEGATIVE = -1  # a "different" line's cell: look-alike sentences stating different claims


def _fitted(model: Model, run: Any, table: EmbeddingTable) -> np.ndarray:
    features = feature_matrices(run.left, run.right, run.links, run.scores, table)
    x = np.stack([features[n].ravel().astype(np.float64) for n in model.names], axis=1)
    return model.logit(x).reshape(run.scores.shape)


def _save(name: str, cache: Path, arrays: dict[str, np.ndarray], runs: int, gold: int) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(cache / f"{name}.npz", allow_pickle=False, **arrays)
    print(f"{name}: {runs} pairs, {gold} gold sentence pairs")


def collect_group(group: str, cache: Path, table: EmbeddingTable, model: Model) -> None:
    arrays: dict[str, np.ndarray] = {}
    gold = runs = 0
    for n, run in enumerate(scored_pairs(group)):
        runs += 1
        gold += int(run.label.sum())
        arrays[f"{n}_score"] = run.scores
        arrays[f"{n}_fitted"] = _fitted(model, run, table)
        arrays[f"{n}_label"] = run.label.astype(np.int8)
        arrays[f"{n}_left"] = np.array(sentence_texts(run.left), dtype=str)
        arrays[f"{n}_right"] = np.array(sentence_texts(run.right), dtype=str)
    _save(group, cache, arrays, runs, gold)


def _label_runs(paths: Sequence[Path]) -> Iterator[tuple[Any, np.ndarray]]:
    """Each compared pair of the label files, run once, with its labels: 1 agree / conflict,
    -1 different (hard negative), 0 any other sentence pair."""
    corpus = found_corpus()
    assert corpus is not None
    lines = read_gold(corpus, paths)
    by_pair: dict[str, list[dict[str, Any]]] = {}
    for line in lines:
        by_pair.setdefault(line["pair_id"], []).append(line)
    pairs = with_gold_pairs(read_jsonl(corpus / "pairs.jsonl"), lines)
    pairs = [p for p in pairs if p["pair_id"] in by_pair]
    # Label writers drew tune-half pairs only; anything else is refused, not trained on.
    pairs = [p for p in pairs if gold_pair_half(p["left"], p["right"], corpus) == "tune"]
    articles = gold_articles(corpus)
    for pair, report, (left, right, links, scores) in captured_runs(pairs, articles):
        label = np.zeros(scores.shape, dtype=np.int8)
        for line in by_pair[pair["pair_id"]]:
            kind = line["kind"]
            # "different" is no finding kind: locate its quotes as an agree line would be.
            located = locate_gold({**line, "kind": "agree"}, report, articles)
            for i, j in gold_cells(located, left, right):
                if kind in ("agree", "conflict"):
                    label[i, j] = 1
                elif kind == "different" and label[i, j] == 0:
                    label[i, j] = HARD_NEGATIVE
        yield (left, right, links, scores), label


def collect_labels(name: str, paths: Sequence[Path], cache: Path) -> None:
    arrays: dict[str, np.ndarray] = {}
    gold = hard = runs = 0
    for n, ((left, right, _links, scores), label) in enumerate(_label_runs(paths)):
        runs += 1
        gold += int((label == 1).sum())
        hard += int((label == HARD_NEGATIVE).sum())
        arrays[f"{n}_score"] = scores
        arrays[f"{n}_label"] = label
        arrays[f"{n}_left"] = np.array(sentence_texts(left), dtype=str)
        arrays[f"{n}_right"] = np.array(sentence_texts(right), dtype=str)
    _save(name, cache, arrays, runs, gold)
    print(f"  {hard} hard-negative sentence pairs")


def time_group(group: str) -> None:
    """How long the engine takes on a group's comparisons (each run twice, the second timed),
    with their words and sentences per side: the budget a reader's pairs must fit in."""
    corpus = found_corpus()
    assert corpus is not None
    pairs, _by_pair = tune_group_pairs(corpus, group)
    articles = gold_articles(corpus)
    seconds: list[float] = []
    words: list[int] = []
    sentences: list[int] = []
    for pair in pairs:
        docs = [article_document(articles[pair[side]]) for side in ("left", "right")]
        compare_documents(*docs)
        begin = time.perf_counter()
        report = compare_documents(*docs)
        seconds.append(time.perf_counter() - begin)
        words.extend(len(d.text.split()) for d in docs)
        sentences.append(len(report.left.sentences) * len(report.right.sentences))
    print(
        f"{group}: {len(pairs)} comparisons; words a side median {np.median(words):.0f} "
        f"(min {min(words)}, max {max(words)}); sentence pairs median {np.median(sentences):.0f}; "
        f"compare seconds median {np.median(seconds):.2f} (min {min(seconds):.2f}, "
        f"max {max(seconds):.2f})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reader_cache", description=__doc__)
    parser.add_argument("--group", action="append", default=[], choices=sorted(GROUPS))
    parser.add_argument(
        "--labels", action="append", default=[], metavar="NAME=FILE[,FILE...]", help="label files"
    )
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--time", action="append", default=[], choices=sorted(GROUPS))
    args = parser.parse_args(argv)
    refused = refusal([*args.group, *args.time], False)
    if refused:
        print(refused)
        return 2
    table = default_table()
    if found_corpus() is None or table is None:
        print("no corpus or no embedding table: nothing collected")
        return 0
    model = Model.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))
    for group in args.group:
        collect_group(group, args.cache, table, model)
    for spec in args.labels:
        name, _, files = spec.partition("=")
        collect_labels(name, [Path(f) for f in files.split(",")], args.cache)
    for group in args.time:
        time_group(group)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
