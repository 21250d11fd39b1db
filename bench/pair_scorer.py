"""A fitted sentence-pair scorer: does a logistic model over the engine's own signals separate
gold sentence pairs better than the hand-set alignment score? (align49; docs/embeddings.md)

Three steps, each run from the repository root:

``python -m bench.pair_scorer collect --group read`` runs the engine once per pair of the group,
keeps each comparison's score matrix and analyses (as ``bench.paraphrase_wall`` captures them),
and writes every sentence pair's features (``bench.pair_features``) and gold label to a cache
under ``--cache`` (never the corpus text, never a pair id printed for pooled-only groups).

``python -m bench.pair_scorer fit`` chooses features by forward selection on the read group's
cross-validated AUC (folds by compared pair, so no pair is scored by a model fitted on it), fits
the chosen ones on all of read with numpy (L2 logistic regression, Newton steps), writes the
weights to ``--weights``, and prints AUC against the shipped score: read cross-validated, and
pooled on every other cached group.

``python -m bench.pair_scorer variants --group G`` runs the engine with the fitted model lifting
sentence pairs (wrapping ``score_matrix`` from here: the app never runs it) and prints
bench.quality's pooled figures for main and each variant.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

import desktop.core.alignment.align as align_module
from bench.common import article_document, found_corpus
from bench.gold_articles import gold_articles
from bench.gold_groups import GROUPS
from bench.oracle_alignment import gold_cells, refusal, tune_group_pairs, variant_row
from bench.pair_features import FEATURES, feature_matrices
from bench.scoring import Gold, is_matched, locate_gold, score
from desktop.core.alignment.align import PAIR_THRESHOLD
from desktop.core.alignment.embed import EmbeddingTable, default_table
from desktop.core.compare import compare_documents
from desktop.core.extraction.extract import Analysis
from desktop.core.findings.tuning.stage import CLAIM_PAIR
from desktop.core.model import FindingKind, Report

CACHE = Path("/tmp/pair_scorer")
WEIGHTS = Path("bench/data/pair_scorer.json")  # written by fit, read by variants; not shipped
FOLDS = 5
RIDGE = 1.0  # L2 penalty on standardised weights: a few thousand positives, keep weights modest
MAX_FEATURES = 8


# --- collecting -----------------------------------------------------------------------------


@dataclass
class Hook:
    """What the wrapped ``score_matrix`` saw, and how it rescores when a lift is set."""

    seen: list[tuple[Analysis, Analysis, dict[str, str], np.ndarray]]
    lift: Callable[[Analysis, Analysis, dict[str, str], np.ndarray], np.ndarray] | None = None


def install(hook: Hook) -> Callable[[], None]:
    original = align_module.score_matrix

    def wrapped(left: Analysis, right: Analysis, links: dict[str, str]) -> np.ndarray:
        scores = original(left, right, links)
        hook.seen.append((left, right, links, scores))
        if hook.lift is not None:
            scores = hook.lift(left, right, links, scores)
        return scores

    align_module.score_matrix = wrapped  # type: ignore[assignment]

    def undo() -> None:
        align_module.score_matrix = original

    return undo


def group_pairs(group: str) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]], Any]:
    corpus = found_corpus()
    assert corpus is not None
    pairs, by_pair = tune_group_pairs(corpus, group)
    return pairs, by_pair, gold_articles(corpus)


def _golds(lines: Sequence[dict[str, Any]], report: Report, articles: Any) -> list[Gold]:
    return [locate_gold(line, report, articles) for line in lines]


def _label(golds: Sequence[Gold], left: Analysis, right: Analysis) -> np.ndarray:
    label = np.zeros((len(left.sentences), len(right.sentences)), dtype=bool)
    for g in golds:
        if g.kind in (FindingKind.AGREE, FindingKind.CONFLICT):
            for i, j in gold_cells(g, left, right):
                label[i, j] = True
    return label


@dataclass(frozen=True, slots=True)
class ScoredPair:
    """One compared pair of a gold group as the engine aligned it: both analyses, the name
    links, the shipped score matrix and the gold label of each sentence pair."""

    left: Analysis
    right: Analysis
    links: dict[str, str]
    scores: np.ndarray
    label: np.ndarray


Captured = tuple[Analysis, Analysis, dict[str, str], np.ndarray]


def captured_runs(
    pairs: Sequence[dict[str, Any]], articles: Any
) -> Iterator[tuple[dict[str, Any], Report, Captured]]:
    """Run the engine once per compared pair, yielding its report and what the alignment saw:
    both analyses, the name links and the shipped score matrix."""
    hook = Hook([])
    undo = install(hook)
    try:
        for pair in pairs:
            hook.seen.clear()
            report = compare_documents(
                article_document(articles[pair["left"]]), article_document(articles[pair["right"]])
            )
            yield pair, report, hook.seen[-1]
    finally:
        undo()


def scored_pairs(group: str) -> Iterator[ScoredPair]:
    """Run the engine once per compared pair of ``group``, capturing its score matrix, and
    label the sentence pairs holding a gold agree or conflict line's two quotes."""
    pairs, by_pair, articles = group_pairs(group)
    for pair, report, (left, right, links, scores) in captured_runs(pairs, articles):
        label = _label(_golds(by_pair[pair["pair_id"]], report, articles), left, right)
        yield ScoredPair(left, right, links, scores, label)


def collect(group: str, cache: Path, table: EmbeddingTable) -> None:
    columns: dict[str, list[np.ndarray]] = {name: [] for name in FEATURES}
    labels, which = [], []
    for n, run in enumerate(scored_pairs(group)):
        features = feature_matrices(run.left, run.right, run.links, run.scores, table)
        for name in FEATURES:
            columns[name].append(features[name].ravel())
        labels.append(run.label)
        which.append(np.full(run.scores.size, n, dtype=np.int32))
    cache.mkdir(parents=True, exist_ok=True)
    arrays = {name: np.concatenate(v) for name, v in columns.items()}
    arrays["label"] = np.concatenate([x.ravel() for x in labels])
    arrays["pair"] = np.concatenate(which)
    np.savez_compressed(cache / f"{group}.npz", allow_pickle=False, **arrays)
    print(f"{group}: {len(labels)} pairs, {sum(int(x.sum()) for x in labels)} gold sentence pairs")


# --- fitting --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Model:
    """Logistic regression on standardised features: p = sigmoid(bias + w . (x - mean) / std)."""

    names: tuple[str, ...]
    mean: np.ndarray
    std: np.ndarray
    weights: np.ndarray
    bias: float

    def logit(self, x: np.ndarray) -> np.ndarray:
        return self.bias + ((x - self.mean) / self.std) @ self.weights

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(self.names),
            "mean": [round(float(v), 6) for v in self.mean],
            "std": [round(float(v), 6) for v in self.std],
            "weights": [round(float(v), 6) for v in self.weights],
            "bias": round(self.bias, 6),
        }

    @staticmethod
    def from_json(data: dict[str, Any]) -> Model:
        return Model(
            tuple(data["features"]),
            np.array(data["mean"]),
            np.array(data["std"]),
            np.array(data["weights"]),
            float(data["bias"]),
        )


def fit(x: np.ndarray, y: np.ndarray, names: Sequence[str]) -> Model:
    """L2-penalised logistic regression by Newton's method (a handful of features: exact)."""
    mean, std = x.mean(axis=0), x.std(axis=0)
    std = np.where(std > 1e-9, std, 1.0)
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], RIDGE)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Model(tuple(names), mean, std, w[1:], float(w[0]))


def auc(scores: np.ndarray, label: np.ndarray) -> float:
    """Mann-Whitney AUC with ties counted half, by ranks (fast on 100,000s of pairs)."""
    order = np.argsort(scores, kind="stable")
    ranked = scores[order]
    ranks = np.empty(len(scores))
    # average rank of each run of equal scores
    edges = np.flatnonzero(np.diff(ranked)) + 1
    starts = np.concatenate([[0], edges])
    ends = np.concatenate([edges, [len(ranked)]])
    run_rank = (starts + ends - 1) / 2.0 + 1.0
    ranks[order] = np.repeat(run_rank, ends - starts)
    positives = int(label.sum())
    negatives = len(label) - positives
    return float((ranks[label].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def load(cache: Path, group: str) -> dict[str, np.ndarray]:
    with np.load(cache / f"{group}.npz") as data:
        return {k: data[k] for k in data.files}


def matrix(data: dict[str, np.ndarray], names: Sequence[str]) -> np.ndarray:
    return np.stack([data[n].astype(np.float64) for n in names], axis=1)


def cross_validated(data: dict[str, np.ndarray], names: Sequence[str]) -> np.ndarray:
    """Each sentence pair's logit from a model fitted on the other folds' compared pairs."""
    x, y = matrix(data, names), data["label"].astype(np.float64)
    fold = data["pair"] % FOLDS
    out = np.zeros(len(y))
    for k in range(FOLDS):
        held = fold == k
        out[held] = fit(x[~held], y[~held], names).logit(x[held])
    return out


def forward_selection(
    data: dict[str, np.ndarray], start: Sequence[str] = (), without: Sequence[str] = ()
) -> list[str]:
    chosen: list[str] = list(start)
    best = 0.0
    while len(chosen) < MAX_FEATURES:
        trials = {
            name: auc(cross_validated(data, [*chosen, name]), data["label"])
            for name in FEATURES
            if name not in chosen and name not in without
        }
        name, value = max(trials.items(), key=lambda kv: kv[1])
        print(f"  + {name}: cross-validated AUC {value:.4f}")
        if value < best + 0.001:  # a feature that adds under a thousandth is not worth its story
            break
        chosen.append(name)
        best = value
    return chosen


def separation(logit: np.ndarray, data: dict[str, np.ndarray]) -> str:
    """AUC over all sentence pairs; AUC among those today's score leaves unaligned (under
    ``PAIR_THRESHOLD``: what a lift could add); and of those, gold pairs among the top 1% by the
    model against the top 1% by today's score."""
    label, shipped = data["label"], data["score"]
    low = shipped < PAIR_THRESHOLD
    top = max(1, int(0.01 * low.sum()))

    def caught(values: np.ndarray) -> int:
        order = np.argsort(-values[low], kind="stable")[:top]
        return int(label[low][order].sum())

    return (
        f"AUC {auc(logit, label):.4f} (score {auc(shipped, label):.4f}); under "
        f"{PAIR_THRESHOLD}: AUC {auc(logit[low], label[low]):.4f} (score "
        f"{auc(shipped[low], label[low]):.4f}), gold in top {top}: {caught(logit)} (score "
        f"{caught(shipped)}) of {int(label[low].sum())}"
    )


def run_fit(
    cache: Path,
    weights: Path,
    names: Sequence[str] | None,
    start: Sequence[str] = (),
    without: Sequence[str] = (),
) -> None:
    read = load(cache, "read")
    print(f"read: {int(read['label'].sum())} gold of {len(read['label'])} sentence pairs")
    chosen = list(names) if names else forward_selection(read, start, without)
    model = fit(matrix(read, chosen), read["label"].astype(np.float64), chosen)
    weights.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print("weights (standardised; raw: logit = bias + sum of weight x feature):")
    raw = model.weights / model.std
    for name, w, r in zip(model.names, model.weights, raw, strict=True):
        print(f"  {name:16} {w:+.3f}  raw {r:+.4f}")
    print(f"  raw bias {model.bias - float(raw @ model.mean):+.4f}")
    print(f"read, cross-validated: {separation(cross_validated(read, chosen), read)}")
    for group in ("check", "fresh-read", "fresh-check"):
        path = cache / f"{group}.npz"
        if path.exists():
            data = load(cache, group)
            print(f"{group}, pooled: {separation(model.logit(matrix(data, chosen)), data)}")


# --- variants in the engine -----------------------------------------------------------------


def lifter(
    model: Model,
    table: EmbeddingTable,
    probability: float,
    cap: float,
    mutual: bool = False,
    demote: float = 0.0,
    anchors: int = 0,
) -> Callable[[Analysis, Analysis, dict[str, str], np.ndarray], np.ndarray]:
    """Raise to ``cap`` each pair the model gives at least ``probability`` and today's score
    leaves under it; never lower a score. ``mutual``: only a pair each of whose sentences is the
    other's likeliest partner by the model. ``demote``: a loose pair (``PAIR_THRESHOLD`` to
    ``CLAIM_PAIR``) the model gives under this probability is lowered just under
    ``PAIR_THRESHOLD``, out of the alignment."""
    soft = "soft" in model.names

    def lift(
        left: Analysis, right: Analysis, links: dict[str, str], scores: np.ndarray
    ) -> np.ndarray:
        if scores.size == 0:
            return scores
        features = feature_matrices(left, right, links, scores, table, soft=soft)
        x = np.stack([features[n].ravel().astype(np.float64) for n in model.names], axis=1)
        p = 1.0 / (1.0 + np.exp(-model.logit(x))).reshape(scores.shape)
        out = scores.copy()
        raise_ = (p >= probability) & (scores < cap)
        if anchors:
            raise_ &= features["anchor_words"].reshape(scores.shape) >= anchors
        if mutual:
            raise_ &= (p >= p.max(axis=1, keepdims=True)) & (p >= p.max(axis=0, keepdims=True))
        out[raise_] = np.float32(cap)
        if demote > 0.0:
            loose = (scores >= PAIR_THRESHOLD) & (scores < CLAIM_PAIR) & (p < demote)
            out[loose] = np.float32(PAIR_THRESHOLD - 0.01)
        return out

    return lift


def print_moved(golds: Sequence[Gold], findings: dict[str, dict[str, Any]], label: str) -> None:
    """The gold lines ``label`` finds and main does not, and the other way (readable groups)."""
    print(f"\nlines moved by {label} (+ gained, - lost):")
    for g in golds:
        main = is_matched(g, findings["main"].get(g.pair_id, ()))
        varied = is_matched(g, findings[label].get(g.pair_id, ()))
        if main != varied:
            print(
                f"  {'+' if varied else '-'} {g.pair_id} {g.kind.value} {g.slot!r}\n"
                f"      L: {(g.left_text or '')[:110]!r}\n      R: {(g.right_text or '')[:110]!r}"
            )


def run_variants(
    group: str,
    model: Model,
    table: EmbeddingTable,
    settings: Sequence[str],
    verbose: bool = False,
) -> None:
    pairs, by_pair, articles = group_pairs(group)
    hook = Hook([])
    undo = install(hook)
    labels = ["main", *settings]
    findings: dict[str, dict[str, Any]] = {label: {} for label in labels}
    lifted = dict.fromkeys(labels, 0)
    golds: list[Gold] = []
    try:
        for pair in pairs:
            docs = (
                article_document(articles[pair["left"]]),
                article_document(articles[pair["right"]]),
            )
            hook.lift = None
            report = compare_documents(*docs)
            golds.extend(_golds(by_pair[pair["pair_id"]], report, articles))
            findings["main"][pair["pair_id"]] = report.findings
            for setting in settings:
                probability, cap, *flags = setting.split(":")
                demote = next((float(f[1:]) for f in flags if f.startswith("d")), 0.0)
                shared = next((int(f[1:]) for f in flags if f.startswith("a")), 0)
                hook.lift = lifter(
                    model, table, float(probability), float(cap), "m" in flags, demote, shared
                )
                varied = compare_documents(*docs)
                findings[setting][pair["pair_id"]] = varied.findings
                changed = {(a.left.start, a.right.start) for a in varied.alignment} - {
                    (a.left.start, a.right.start) for a in report.alignment
                }
                lifted[setting] += len(changed)
    finally:
        undo()
    print(
        f"\n{group}: {len(pairs)} pairs, pooled (setting = probability:cap; new = aligned pairs"
        " main has not)"
    )
    print(
        f"{'variant':14} {'agree':>9} {'conflict':>9} {'precision':>9} {'on agree':>8} "
        f"{'yellow':>9} {'left_only':>9} {'right_only':>10} {'new':>5}"
    )
    for label in labels:
        print(variant_row(label, score(golds, findings[label], True), lifted[label], 14))
    if verbose:
        for label in settings:
            print_moved(golds, findings, label)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pair_scorer", description=__doc__)
    parser.add_argument("step", choices=("collect", "fit", "variants"))
    parser.add_argument("--group", action="append", default=[], choices=sorted(GROUPS))
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--weights", type=Path, default=WEIGHTS)
    parser.add_argument("--features", help="comma-separated: fit these, no selection")
    parser.add_argument("--start", default="", help="comma-separated: selection starts with")
    parser.add_argument("--without", default="", help="comma-separated: never selected")
    parser.add_argument("--verbose", "-v", action="store_true", help="lines moved (read groups)")
    parser.add_argument("--lift", action="append", default=[], metavar="P:CAP")
    args = parser.parse_args(argv)
    refused = refusal(args.group, args.verbose)
    if refused:
        print(refused)
        return 2
    table = default_table()
    if found_corpus() is None or table is None:
        print("no corpus or no embedding table: nothing measured")
        return 0
    if args.step == "collect":
        for group in args.group:
            collect(group, args.cache, table)
    elif args.step == "fit":
        run_fit(
            args.cache,
            args.weights,
            args.features.split(",") if args.features else None,
            [n for n in args.start.split(",") if n],
            [n for n in args.without.split(",") if n],
        )
    else:
        model = Model.from_json(json.loads(args.weights.read_text(encoding="utf-8")))
        for group in args.group:
            run_variants(group, model, table, args.lift or ["0.3:0.449"], args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
