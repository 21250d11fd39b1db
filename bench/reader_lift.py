"""The engine's findings when a sentence-pair reader rescores the alignment (reader52; bench only).

The reader (``tools/train_pair_reader.py``, torch in a build-time venv) cannot run here, so its
scores are read from the files it wrote (``/tmp/reader52/scores_TAG_GROUP.npz``), matched to each
comparison by the sentences' own texts (the cache ``bench.reader_cache`` made). A wrapper around
``score_matrix`` (as ``bench.pair_scorer variants`` does; the app never runs it) raises to ``cap``
each sentence pair the reader gives probability ``p`` or more and today's score leaves under
``cap``, and with ``dT`` lowers a loose pair (``PAIR_THRESHOLD`` to ``CLAIM_PAIR``) the reader gives
under ``T`` just out of the alignment; with ``kK`` only each sentence's best K partners by today's
score in [0.15, 0.45) are read (``bench.reader_scores.candidates``). Pooled figures only, as ``bench.pair_scorer variants``:

``python -m bench.reader_lift --group fresh-read --tag readB --lift 0.5:0.449``
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import article_document, found_corpus
from bench.gold_groups import GROUPS
from bench.oracle_alignment import refusal, variant_row
from bench.pair_scorer import Hook, _golds, group_pairs, install
from bench.reader_cache import CACHE
from bench.reader_scores import candidates
from bench.scoring import Gold, score
from desktop.core.alignment.align import PAIR_THRESHOLD, sentence_texts
from desktop.core.compare import compare_documents
from desktop.core.extraction.extract import Analysis
from desktop.core.findings.tuning.stage import CLAIM_PAIR

Lift = Callable[[Analysis, Analysis, dict[str, str], np.ndarray], np.ndarray]


def key(left: Sequence[str], right: Sequence[str]) -> str:
    text = "\x1f".join(left) + "\x1e" + "\x1f".join(right)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def reader_scores(group: str, tag: str, cache: Path) -> dict[str, np.ndarray]:
    """The reader's logits of every comparison of the group, by its sentences."""
    with np.load(cache / f"{group}.npz") as data, np.load(cache / f"scores_{tag}_{group}.npz") as r:
        count = len([k for k in data.files if k.endswith("_label")])
        return {
            key([str(s) for s in data[f"{n}_left"]], [str(s) for s in data[f"{n}_right"]]): r[
                str(n)
            ]
            for n in range(count)
        }


def lifter(readers: dict[str, np.ndarray], setting: str, missed: list[int]) -> Lift:
    probability, cap, *flags = setting.split(":")
    demote = next((float(f[1:]) for f in flags if f.startswith("d")), 0.0)
    best = next((int(f[1:]) for f in flags if f.startswith("k")), 0)

    def lift(left: Analysis, right: Analysis, links: dict[str, str], scores: np.ndarray) -> Any:
        logits = readers.get(key(sentence_texts(left), sentence_texts(right)))
        if logits is None or logits.shape != scores.shape:
            missed[0] += 1  # a comparison the reader never read keeps today's scores
            return scores
        p = 1.0 / (1.0 + np.exp(-logits))
        out = scores.copy()
        lifted = (p >= float(probability)) & (scores < float(cap))
        if best:  # the reader reads only each sentence's best K partners in the band
            lifted &= candidates(scores, best)
        out[lifted] = np.float32(cap)
        if demote > 0.0:
            loose = (scores >= PAIR_THRESHOLD) & (scores < CLAIM_PAIR) & (p < demote)
            out[loose] = np.float32(PAIR_THRESHOLD - 0.01)
        return out

    return lift


def run(group: str, tag: str, settings: Sequence[str], cache: Path) -> None:
    readers = reader_scores(group, tag, cache)
    pairs, by_pair, articles = group_pairs(group)
    hook = Hook([])
    undo = install(hook)
    labels = ["main", *settings]
    findings: dict[str, dict[str, Any]] = {label: {} for label in labels}
    moved = dict.fromkeys(labels, 0)
    golds: list[Gold] = []
    missed = [0]
    try:
        for pair in pairs:
            docs = tuple(article_document(articles[pair[s]]) for s in ("left", "right"))
            hook.lift = None
            report = compare_documents(*docs)
            golds.extend(_golds(by_pair[pair["pair_id"]], report, articles))
            findings["main"][pair["pair_id"]] = report.findings
            for setting in settings:
                hook.lift = lifter(readers, setting, missed)
                varied = compare_documents(*docs)
                findings[setting][pair["pair_id"]] = varied.findings
                aligned = {(a.left.start, a.right.start) for a in report.alignment}
                moved[setting] += len(
                    {(a.left.start, a.right.start) for a in varied.alignment} - aligned
                )
    finally:
        undo()
    print(f"\n{group}: {len(pairs)} pairs, reader {tag}, pooled; comparisons unread: {missed[0]}")
    print(
        f"{'variant':16} {'agree':>9} {'conflict':>9} {'precision':>9} {'on agree':>8} "
        f"{'yellow':>9} {'left_only':>9} {'right_only':>10} {'new':>5}"
    )
    for label in labels:
        print(variant_row(label, score(golds, findings[label], True), moved[label], 16))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reader_lift", description=__doc__)
    parser.add_argument("--group", action="append", default=[], choices=sorted(GROUPS))
    parser.add_argument("--tag", required=True)
    parser.add_argument("--lift", action="append", default=[], metavar="P:CAP[:dT][:kK]")
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args(argv)
    refused = refusal(args.group, False)
    if refused:
        print(refused)
        return 2
    if found_corpus() is None:
        print("no corpus: nothing measured")
        return 0
    for group in args.group:
        run(group, args.tag, args.lift or ["0.5:0.449"], args.cache)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
