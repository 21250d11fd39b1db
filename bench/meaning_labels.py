"""Does a meaning table trained on statement-level labels rank gold sentence pairs higher?
(labels50; docs/embeddings.md, last section)

The shipped table is a mean of word-piece rows distilled from all-MiniLM-L6-v2; stop 49 found
that a reader trained on ECB+ event chains ("one happening") ranks the gold ("one statement told
twice") worse. This bench trains on statement-level labels, numpy only (nothing here runs in the
app), and scores offline on the caches of ``bench.meaning_cache``:

* ``--mrpc FILE`` (repeatable): Microsoft Research Paraphrase Corpus files (tab-separated:
  quality, two ids, two sentences): news sentence pairs of one story, labelled paraphrase or not.
  Its licence (MSR-SSLA) allows non-commercial use only: a table trained on it must not ship.
* ``--gold read``: the read group's gold sentence pairs as positives, the other sentence pairs
  of the same compared pairs as negatives; read is then scored by 5-fold cross-validation over
  compared pairs.

Two trained forms, both build-time only: ``map`` (a 256 x 256 linear map on the sentence's mean
vector, identity at the start and pulled back to it by weight decay) and ``rows`` (the table's
rows themselves, pulled back to the shipped rows). Scored per group: AUC of gold sentence pairs
among all, AUC among those today's score leaves under ``PAIR_THRESHOLD``, gold pairs in the top
1% of those, and gold pairs that are a sentence's best partner; for the cosine alone and for the
score rebuilt as ``score_matrix`` builds it (``blend`` then ``lift_anchored``), the cosine's
floor and full point moved to the same share of read's sentence pairs as the shipped 0.4 / 0.8.
Pooled figures only; no sentence is printed.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.meaning_cache import CACHE, piece_rows
from bench.pair_scorer import auc
from desktop.core.alignment.align import EMBEDDING_FLOOR, EMBEDDING_FULL, PAIR_THRESHOLD, blend
from desktop.core.alignment.align_anchors import Anchors, lift_anchored
from desktop.core.alignment.embed import EmbeddingTable, default_table

FOLDS = 5
GROUPS = ("read", "check", "fresh-read", "fresh-check")


@dataclass(frozen=True)
class Pair:
    """One compared pair from the cache."""

    left: tuple[np.ndarray, np.ndarray]  # piece rows, sentence starts
    right: tuple[np.ndarray, np.ndarray]
    lexical: np.ndarray
    anchors: Anchors
    score: np.ndarray
    label: np.ndarray


def load_group(cache: Path, group: str) -> list[Pair]:
    with np.load(cache / f"{group}.npz") as data:
        count = len([k for k in data.files if k.endswith("_label")])
        return [
            Pair(
                (data[f"{n}_left_rows"], data[f"{n}_left_starts"]),
                (data[f"{n}_right_rows"], data[f"{n}_right_starts"]),
                data[f"{n}_lexical"],
                Anchors(data[f"{n}_anchor_words"], data[f"{n}_anchor_figures"]),
                data[f"{n}_score"],
                data[f"{n}_label"],
            )
            for n in range(count)
        ]


# --- sentence vectors -----------------------------------------------------------------------


def sums(rows: np.ndarray, starts: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Each sentence's sum of rows (direction = the engine's mean vector); zero when empty."""
    out = np.zeros((len(starts) - 1, table.shape[1]))
    if rows.size:
        lengths = np.diff(starts)
        full = lengths > 0
        out[full] = np.add.reduceat(table[rows], starts[:-1][full], axis=0)
    return out


def unit(x: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.where(norm > 0, norm, 1.0)


@dataclass(frozen=True)
class Meaning:
    """A float table and an optional linear map: a sentence is unit(W @ sum of its rows)."""

    table: np.ndarray
    map: np.ndarray | None = None

    def vectors(self, rows: np.ndarray, starts: np.ndarray) -> np.ndarray:
        s = sums(rows, starts, self.table)
        return unit(s @ self.map.T if self.map is not None else s)

    def cosines(self, pair: Pair) -> np.ndarray:
        return np.round(self.vectors(*pair.left) @ self.vectors(*pair.right).T, 5)


def shipped_table(table: EmbeddingTable) -> np.ndarray:
    return np.asarray(table.vectors, dtype=np.float64) * table.scales[:, None]


# --- scoring --------------------------------------------------------------------------------


def rebuilt_score(pair: Pair, cosine: np.ndarray, floor: float, full: float) -> np.ndarray:
    scores = blend(pair.lexical, cosine.astype(np.float32), floor=floor, full=full)
    return lift_anchored(scores, pair.anchors, PAIR_THRESHOLD)


def best_partner(values: np.ndarray, label: np.ndarray) -> int:
    """Gold pairs whose score is the highest of their row or of their column."""
    if values.size == 0:
        return 0
    best = (values >= values.max(axis=1, keepdims=True)) | (
        values >= values.max(axis=0, keepdims=True)
    )
    return int((best & label).sum())


@dataclass(frozen=True)
class Figures:
    auc_cos: float
    auc_score: float
    auc_low: float
    auc_low_cos: float
    top: int
    low_gold: int
    best: int
    gold: int

    def row(self) -> str:
        return (
            f"cos AUC {self.auc_cos:.3f} | score AUC {self.auc_score:.3f} | under 0.3: AUC "
            f"{self.auc_low:.3f} (cos alone {self.auc_low_cos:.3f}), gold in top 1% "
            f"{self.top}/{self.low_gold} | best partner "
            f"{self.best}/{self.gold}"
        )


def figures(
    pairs: Sequence[Pair], cosines: Sequence[np.ndarray], anchor: tuple[float, float]
) -> Figures:
    label = np.concatenate([p.label.ravel() for p in pairs])
    cos = np.concatenate([c.ravel() for c in cosines])
    rebuilt = [rebuilt_score(p, c, *anchor) for p, c in zip(pairs, cosines, strict=True)]
    score = np.concatenate([r.ravel() for r in rebuilt])
    shipped = np.concatenate([p.score.ravel() for p in pairs])
    # "Under 0.3" is fixed by today's score, so every table is asked about the same pairs.
    low = shipped < PAIR_THRESHOLD
    top = max(1, int(0.01 * low.sum()))
    order = np.argsort(-score[low], kind="stable")[:top]
    return Figures(
        auc(cos, label),
        auc(score, label),
        auc(score[low], label[low]),
        auc(cos[low], label[low]),
        int(label[low][order].sum()),
        int(label[low].sum()),
        sum(best_partner(r, p.label) for r, p in zip(rebuilt, pairs, strict=True)),
        int(label.sum()),
    )


def anchors_for(meaning: Meaning, shipped: Meaning, pairs: Sequence[Pair]) -> tuple[float, float]:
    """The new table's floor and full point: the cosines at the same share of read's sentence
    pairs as the shipped table's 0.4 and 0.8 (a stand-in for the ECB+ percentile rule)."""
    old = np.concatenate([shipped.cosines(p).ravel() for p in pairs])
    new = np.concatenate([meaning.cosines(p).ravel() for p in pairs])
    q_floor, q_full = (float((old < v).mean()) for v in (EMBEDDING_FLOOR, EMBEDDING_FULL))
    return float(np.quantile(new, q_floor)), float(np.quantile(new, q_full))


# --- training data --------------------------------------------------------------------------


@dataclass(frozen=True)
class Labelled:
    """Sentence pairs as raw row-sum vectors (shipped table) and piece rows, with labels."""

    a: tuple[np.ndarray, np.ndarray]
    b: tuple[np.ndarray, np.ndarray]
    y: np.ndarray


def mrpc_pairs(paths: Sequence[Path], table: EmbeddingTable) -> Labelled:
    left, right, y = [], [], []
    for path in paths:
        for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
            quality, _, _, one, two = line.split("\t")
            left.append(one)
            right.append(two)
            y.append(quality == "1")
    return Labelled(piece_rows(left, table), piece_rows(right, table), np.array(y))


def sts_pairs(paths: Sequence[Path], genres: Sequence[str], table: EmbeddingTable) -> Labelled:
    """STS benchmark files (tab-separated: genre, source, year, id, score 0-5, two sentences),
    the rows of the given sources ("headlines", "images", ...); the label is score / 5, read by
    the logistic loss as a soft target."""
    left, right, y = [], [], []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) < 7 or (genres and fields[1] not in genres):
                continue
            left.append(fields[5])
            right.append(fields[6])
            y.append(float(fields[4]) / 5.0)
    return Labelled(piece_rows(left, table), piece_rows(right, table), np.array(y))


def gold_pairs(pairs: Sequence[Pair], negatives: int, seed: int) -> Labelled:
    """Gold sentence pairs, and ``negatives`` other sentence pairs per gold pair, drawn from the
    same compared pair's row and column (one story's other sentences)."""
    rng = np.random.default_rng(seed)
    a_rows: list[np.ndarray] = []
    b_rows: list[np.ndarray] = []
    y: list[bool] = []

    def sentence(side: tuple[np.ndarray, np.ndarray], i: int) -> np.ndarray:
        rows, starts = side
        return rows[starts[i] : starts[i + 1]]

    for p in pairs:
        n_left, n_right = p.label.shape
        for i, j in zip(*np.nonzero(p.label), strict=True):
            a_rows.append(sentence(p.left, i))
            b_rows.append(sentence(p.right, j))
            y.append(True)
            for _ in range(negatives):
                if rng.random() < 0.5:
                    k = int(rng.integers(n_right))
                    if p.label[i, k]:
                        continue
                    a_rows.append(sentence(p.left, i))
                    b_rows.append(sentence(p.right, k))
                else:
                    k = int(rng.integers(n_left))
                    if p.label[k, j]:
                        continue
                    a_rows.append(sentence(p.left, k))
                    b_rows.append(sentence(p.right, j))
                y.append(False)
    return Labelled(_flat(a_rows), _flat(b_rows), np.array(y))


def _flat(sentences: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    starts = np.concatenate([[0], np.cumsum([len(s) for s in sentences])]).astype(np.int64)
    rows = np.concatenate(sentences).astype(np.int32) if sentences else np.zeros(0, np.int32)
    return rows, starts


def joined(parts: Sequence[Labelled]) -> Labelled:
    def side(sides: Sequence[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
        rows = np.concatenate([s[0] for s in sides])
        offsets = np.cumsum([0] + [len(s[0]) for s in sides[:-1]])
        starts = np.concatenate(
            [s[1][:-1] + o for s, o in zip(sides, offsets, strict=True)] + [[len(rows)]]
        )
        return rows, starts.astype(np.int64)

    return Labelled(
        side([p.a for p in parts]), side([p.b for p in parts]), np.concatenate([p.y for p in parts])
    )


# --- training -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    form: str = "map"  # "map" or "rows"
    epochs: int = 10
    batch: int = 64
    rate: float = 1e-3
    decay: float = 1e-2  # pull back to the identity map / the shipped rows
    scale: float = 10.0  # logistic slope on the cosine
    in_batch: int = 4  # other sentences of the batch as extra negatives, per positive
    seed: int = 0


def _adam(shape: tuple[int, ...]) -> list[np.ndarray]:
    return [np.zeros(shape), np.zeros(shape)]


def _cos_grad(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cosine of rows and its gradient with respect to u and v."""
    nu = np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-9)
    nv = np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
    un, vn = u / nu, v / nv
    c = (un * vn).sum(axis=1, keepdims=True)
    return c[:, 0], (vn - c * un) / nu, (un - c * vn) / nv


def train(data: Labelled, start: np.ndarray, settings: Settings) -> Meaning:
    """Logistic loss on scale * (cosine - bias) over the labelled pairs and in-batch negatives,
    by Adam; weight decay towards the starting point."""
    rng = np.random.default_rng(settings.seed)
    table = start.copy()
    dim = table.shape[1]
    w = np.eye(dim)
    bias = 0.5
    state = _adam(w.shape) if settings.form == "map" else _adam(table.shape)
    bstate = [0.0, 0.0]
    step = 0
    n = len(data.y)
    for _ in range(settings.epochs):
        for batch in np.array_split(rng.permutation(n), max(1, n // settings.batch)):
            step += 1
            a_idx, b_idx, y = _with_negatives(batch, data.y, rng, settings.in_batch)
            sa = _sums_of(data.a, a_idx, table)
            sb = _sums_of(data.b, b_idx, table)
            ua, ub = sa @ w.T, sb @ w.T
            c, gu, gv = _cos_grad(ua, ub)
            p = 1.0 / (1.0 + np.exp(-settings.scale * (c - bias)))
            d = (p - y) * settings.scale / len(y)  # dLoss / dcos
            gbias = float(-d.sum())
            if settings.form == "map":
                grad = (d[:, None] * gu).T @ sa + (d[:, None] * gv).T @ sb
                grad += settings.decay * (w - np.eye(dim))
                w -= _adam_step(state, grad, settings.rate, step)
            else:
                g_sa = (d[:, None] * gu) @ w
                g_sb = (d[:, None] * gv) @ w
                grad = np.zeros_like(table)
                _scatter(grad, data.a, a_idx, g_sa)
                _scatter(grad, data.b, b_idx, g_sb)
                touched = np.flatnonzero(np.abs(grad).sum(axis=1))
                grad[touched] += settings.decay * (table[touched] - start[touched])
                table -= _adam_step(state, grad, settings.rate, step)
            bstate[0] = 0.9 * bstate[0] + 0.1 * gbias
            bias -= 0.01 * bstate[0]
    return Meaning(table, w if settings.form == "map" else None)


def _with_negatives(
    batch: np.ndarray, labels: np.ndarray, rng: np.random.Generator, k: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The batch's pairs, plus k pairs per positive whose right side is another pair's."""
    positives = batch[labels[batch] >= 0.8]
    a = [batch, np.repeat(positives, k)]
    b = [batch, rng.choice(batch, size=len(positives) * k)]
    y = [labels[batch].astype(np.float64), np.zeros(len(positives) * k)]
    return np.concatenate(a), np.concatenate(b), np.concatenate(y)


def _sums_of(side: tuple[np.ndarray, np.ndarray], idx: np.ndarray, table: np.ndarray) -> np.ndarray:
    rows, starts = side
    out = np.zeros((len(idx), table.shape[1]))
    for n, i in enumerate(idx):
        r = rows[starts[i] : starts[i + 1]]
        if r.size:
            out[n] = table[r].sum(axis=0)
    return out


def _scatter(
    grad: np.ndarray, side: tuple[np.ndarray, np.ndarray], idx: np.ndarray, g: np.ndarray
) -> None:
    rows, starts = side
    for n, i in enumerate(idx):
        r = rows[starts[i] : starts[i + 1]]
        if r.size:
            np.add.at(grad, r, g[n])


def _adam_step(state: list[np.ndarray], grad: np.ndarray, rate: float, step: int) -> np.ndarray:
    state[0] = 0.9 * state[0] + 0.1 * grad
    state[1] = 0.999 * state[1] + 0.001 * grad * grad
    m = state[0] / (1 - 0.9**step)
    v = state[1] / (1 - 0.999**step)
    out: np.ndarray = rate * m / (np.sqrt(v) + 1e-8)
    return out


# --- runs -----------------------------------------------------------------------------------


def report(
    name: str,
    meaning: Meaning,
    shipped: Meaning,
    groups: dict[str, list[Pair]],
    skip: Sequence[str] = (),
) -> None:
    anchor = anchors_for(meaning, shipped, groups["read"])
    print(f"{name}: floor {anchor[0]:.3f} full {anchor[1]:.3f}")
    for group, pairs in groups.items():
        if group in skip:
            continue
        cos = [meaning.cosines(p) for p in pairs]
        print(f"  {group:12} {figures(pairs, cos, anchor).row()}")


def cross_validated_read(
    pairs: list[Pair], start: np.ndarray, extra: Labelled | None, settings: Settings, negatives: int
) -> None:
    """Read scored by models each trained without the fold's compared pairs."""
    cosines: list[np.ndarray] = [np.zeros(0)] * len(pairs)
    shipped = Meaning(start)
    for k in range(FOLDS):
        train_pairs = [p for n, p in enumerate(pairs) if n % FOLDS != k]
        data = gold_pairs(train_pairs, negatives, settings.seed + k)
        if extra is not None:
            data = joined([data, extra])
        meaning = train(data, start, settings)
        for n, p in enumerate(pairs):
            if n % FOLDS == k:
                cosines[n] = meaning.cosines(p)
    anchor = anchors_for_cosines(shipped, pairs, cosines)
    print(f"  read (cross-validated) {figures(pairs, cosines, anchor).row()}")


def anchors_for_cosines(
    shipped: Meaning, pairs: Sequence[Pair], cosines: Sequence[np.ndarray]
) -> tuple[float, float]:
    old = np.concatenate([shipped.cosines(p).ravel() for p in pairs])
    new = np.concatenate([c.ravel() for c in cosines])
    q_floor, q_full = (float((old < v).mean()) for v in (EMBEDDING_FLOOR, EMBEDDING_FULL))
    return float(np.quantile(new, q_floor)), float(np.quantile(new, q_full))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.meaning_labels", description=__doc__)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--mrpc", type=Path, action="append", default=[])
    parser.add_argument("--sts", type=Path, action="append", default=[])
    parser.add_argument("--sts-genre", action="append", default=[], help="STS source kept")
    parser.add_argument("--gold", action="store_true", help="train on read's gold pairs too")
    parser.add_argument("--form", choices=("map", "rows"), default="map")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--rate", type=float, default=1e-3)
    parser.add_argument("--decay", type=float, default=1e-2)
    parser.add_argument("--scale", type=float, default=10.0)
    parser.add_argument("--in-batch", type=int, default=4)
    parser.add_argument("--negatives", type=int, default=8, help="per gold pair (--gold)")
    parser.add_argument("--save", type=Path, help="write the trained table / map (.npz)")
    parser.add_argument(
        "--cosines",
        metavar="PREFIX",
        help="score cosines made elsewhere (PREFIX_GROUP.npz, one matrix per pair), no training",
    )
    args = parser.parse_args(argv)
    table = default_table()
    assert table is not None
    start = shipped_table(table)
    shipped = Meaning(start)
    groups = {g: load_group(args.cache, g) for g in GROUPS if (args.cache / f"{g}.npz").exists()}
    settings = Settings(
        args.form, args.epochs, 64, args.rate, args.decay, args.scale, args.in_batch
    )
    report("shipped table", shipped, shipped, groups)
    if args.cosines:
        outside = {}
        for group, pairs in groups.items():
            with np.load(f"{args.cosines}_{group}.npz") as data:
                outside[group] = [data[str(n)] for n in range(len(pairs))]
        anchor = anchors_for_cosines(shipped, groups["read"], outside["read"])
        print(f"cosines from {args.cosines}: floor {anchor[0]:.3f} full {anchor[1]:.3f}")
        for group, pairs in groups.items():
            print(f"  {group:12} {figures(pairs, outside[group], anchor).row()}")
        return 0
    parts = [mrpc_pairs(args.mrpc, table)] if args.mrpc else []
    if args.sts:
        parts.append(sts_pairs(args.sts, args.sts_genre, table))
    extra = joined(parts) if parts else None
    if extra is not None:
        print(f"labelled pairs: {len(extra.y)}, {int((extra.y >= 0.8).sum())} positive")
    if args.gold:
        print(f"trained ({settings}) on read gold{' + labelled pairs' if extra else ''}:")
        cross_validated_read(groups["read"], start, extra, settings, args.negatives)
        data = gold_pairs(groups["read"], args.negatives, settings.seed)
        meaning = train(joined([data, extra]) if extra else data, start, settings)
        report("  all of read", meaning, shipped, groups, skip=("read",))
    else:
        assert extra is not None, "--mrpc, --sts or --gold"
        meaning = train(extra, start, settings)
        report(f"trained ({settings}) on labelled pairs", meaning, shipped, groups)
    if args.save:
        np.savez_compressed(
            args.save,
            table=meaning.table.astype(np.float32),
            map=meaning.map if meaning.map is not None else np.zeros(0),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
