"""How well does a sentence-pair reader rank gold sentence pairs? labels50's figures for the
scores ``tools/train_pair_reader.py`` writes (reader52; docs/embeddings.md).

Per group (pooled over its compared pairs; nothing per pair is printed, so pooled-only groups are
safe): AUC of the gold sentence pairs over all sentence pairs; AUC among the pairs today's score
leaves under ``PAIR_THRESHOLD``; gold pairs in the top 1% of those; gold pairs that are their
row's or column's best partner. Rows: the shipped score, align49's fitted scorer, the reader's
logit alone, and blends of the reader with the shipped score. The blend is chosen on read's
out-of-fold reader scores (each read pair scored by a reader trained without it), never on the
fresh groups.

``--candidates`` asks what reading fewer pairs keeps: the reader runs only on each sentence's best
K partners whose shipped score lies in [0.15, 0.45); every other pair keeps the shipped score.

``python -m bench.reader_scores --tag read --read-tags cv0,cv1 [--candidates]``
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.meaning_labels import best_partner
from bench.pair_scorer import auc
from bench.reader_cache import CACHE
from desktop.core.alignment.align import PAIR_THRESHOLD

GROUPS = ("read", "check", "fresh-read", "fresh-check")
CANDIDATE_BAND = (0.15, 0.45)  # under it the reader would rarely lift; over it pairs already align


@dataclass(frozen=True)
class Compared:
    score: np.ndarray
    fitted: np.ndarray
    label: np.ndarray
    reader: np.ndarray


Blend = Callable[[np.ndarray, np.ndarray], np.ndarray]


def sigmoid(x: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-x))
    return out


def blends() -> dict[str, Blend]:
    """Candidate blends of the shipped score s and the reader's probability p."""
    out: dict[str, Blend] = {}
    for w in (0.1, 0.2, 0.3, 0.5, 1.0):
        out[f"s + {w} p"] = _added(w)
    for c in (0.3, 0.45, 0.6):
        out[f"max(s, {c} p)"] = _raised(c)
    return out


def _added(weight: float) -> Blend:
    def blend(s: np.ndarray, r: np.ndarray) -> np.ndarray:
        out: np.ndarray = s + weight * sigmoid(r)
        return out

    return blend


def _raised(cap: float) -> Blend:
    def blend(s: np.ndarray, r: np.ndarray) -> np.ndarray:
        return np.maximum(s, cap * sigmoid(r))

    return blend


def load(group: str, tags: Sequence[str], cache: Path) -> list[Compared]:
    reader: dict[str, np.ndarray] = {}
    for tag in tags:
        with np.load(cache / f"scores_{tag}_{group}.npz") as data:
            reader.update({k: data[k] for k in data.files})
    with np.load(cache / f"{group}.npz") as data:
        count = len([k for k in data.files if k.endswith("_label")])
        assert len(reader) == count, f"{group}: {len(reader)} of {count} pairs scored"
        return [
            Compared(
                data[f"{n}_score"],
                data[f"{n}_fitted"],
                data[f"{n}_label"] == 1,
                reader[str(n)],
            )
            for n in range(count)
        ]


@dataclass(frozen=True)
class Figures:
    auc_all: float
    auc_low: float
    top: int
    low_gold: int
    best: int
    gold: int

    def row(self) -> str:
        return (
            f"| {self.auc_all:.3f} | {self.auc_low:.3f} | {self.top} of {self.low_gold} | "
            f"{self.best}/{self.gold} |"
        )


def figures(pairs: Sequence[Compared], values: Sequence[np.ndarray]) -> Figures:
    label = np.concatenate([p.label.ravel() for p in pairs])
    value = np.concatenate([v.ravel() for v in values])
    low = np.concatenate([p.score.ravel() for p in pairs]) < PAIR_THRESHOLD
    top = max(1, int(0.01 * low.sum()))
    order = np.argsort(-value[low], kind="stable")[:top]
    return Figures(
        auc(value, label),
        auc(value[low], label[low]),
        int(label[low][order].sum()),
        int(label[low].sum()),
        sum(best_partner(v, p.label) for v, p in zip(values, pairs, strict=True)),
        int(label.sum()),
    )


def candidates(score: np.ndarray, k: int) -> np.ndarray:
    """Each sentence's best ``k`` partners (either side) whose shipped score is in the band."""
    low, high = CANDIDATE_BAND
    band = (score >= low) & (score < high)
    masked = np.where(band, score, -1.0)
    out = np.zeros(score.shape, dtype=bool)
    if score.size == 0:
        return out
    for axis in (0, 1):
        kk = min(k, score.shape[axis])
        top = np.argsort(-masked, axis=axis, kind="stable").take(range(kk), axis=axis)
        hit = np.zeros(score.shape, dtype=bool)
        np.put_along_axis(hit, top, True, axis=axis)
        out |= hit
    return out & band


def restricted(p: Compared, blend: Blend, k: int) -> np.ndarray:
    keep = candidates(p.score, k)
    # a pair the reader never reads keeps the blend's value for "reader says no"
    return np.where(keep, blend(p.score, p.reader), blend(p.score, np.full_like(p.reader, -30.0)))


def choose(read: Sequence[Compared]) -> str:
    """The blend with the best out-of-fold AUC under 0.3 on read, then gold at the top."""
    trials = {}
    for name, blend in blends().items():
        f = figures(read, [blend(p.score, p.reader) for p in read])
        trials[name] = (f.auc_low, f.top)
        print(f"  read out-of-fold, {name:14} {f.row()}")
    return max(trials, key=lambda name: trials[name])


def table(groups: dict[str, list[Compared]], chosen: str, notes: dict[str, str]) -> None:
    blend = blends()[chosen]
    print(
        "| group | score | AUC, all pairs | AUC, pairs under 0.3 | gold in top 1% under 0.3 "
        "| gold pair is a sentence's best partner |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for group, pairs in groups.items():
        gold = sum(int(p.label.sum()) for p in pairs)
        size = sum(p.label.size for p in pairs)
        rows = {
            "shipped score": [p.score for p in pairs],
            "fitted scorer (align49)": [p.fitted for p in pairs],
            "reader alone": [p.reader for p in pairs],
            f"reader blend {chosen}": [blend(p.score, p.reader) for p in pairs],
        }
        head = f"{group}{notes.get(group, '')} ({size:,} pairs, {gold} gold)"
        for n, (name, values) in enumerate(rows.items()):
            print(f"| {head if n == 0 else ''} | {name} {figures(pairs, values).row()}")


def candidate_table(groups: dict[str, list[Compared]], chosen: str) -> None:
    blend = blends()[chosen]
    for group in ("fresh-read", "fresh-check", "read", "check"):
        pairs = groups.get(group)
        if not pairs:
            continue
        every = sum(p.score.size for p in pairs)
        print(f"{group}: {every:,} sentence pairs in {len(pairs)} comparisons")
        for k in (1, 2, 3):
            read_pairs = [int(candidates(p.score, k).sum()) for p in pairs]
            f = figures(pairs, [restricted(p, blend, k) for p in pairs])
            print(
                f"  K={k}: reads {sum(read_pairs):,} pairs (mean {np.mean(read_pairs):.0f}, "
                f"max {max(read_pairs)} per comparison) {f.row()}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reader_scores", description=__doc__)
    parser.add_argument("--tag", required=True, help="reader scores of the groups not in read")
    parser.add_argument("--read-tags", default="", help="out-of-fold reader scores of read")
    parser.add_argument("--trained-on", action="append", default=[], help="group named trained")
    parser.add_argument("--blend", help="use this blend instead of choosing on read")
    parser.add_argument("--candidates", action="store_true")
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args(argv)
    groups: dict[str, list[Compared]] = {}
    for group in GROUPS:
        tags = args.read_tags.split(",") if group == "read" and args.read_tags else [args.tag]
        if all((args.cache / f"scores_{t}_{group}.npz").exists() for t in tags):
            groups[group] = load(group, tags, args.cache)
    chosen = args.blend
    if chosen is None:
        assert "read" in groups, "the blend is chosen on read's out-of-fold scores"
        chosen = choose(groups["read"])
    print(f"blend: {chosen}")
    notes = {g: ", trained on" for g in args.trained_on}
    if "read" in groups and args.read_tags:
        notes["read"] = ", out-of-fold"
    table(groups, chosen, notes)
    if args.candidates:
        candidate_table(groups, chosen)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
