"""Sentences told in other words that share a rare anchor: the closest partner paired anyway.

Two reporters retelling one fact in their own words ("she was the only doctor for 2,500 people" /
"the area's population of 2,500"; "tens of thousands of union members rallied" / "tens of
thousands of people joined a walkout") share few words, so the lexical score stays under
``PAIR_THRESHOLD`` and the facts inside are never compared. What they do share is rare: a figure,
or words, that each article uses in that one sentence only. Two newspapers seldom repeat an exact
figure, or two words they use nowhere else, about different things. So a sentence pair sharing
such an anchor, when one of the two is the other's closest sentence anyway, is paired at the
threshold: aligned, but as the loosest kind of pair (the findings stage reads the score, so
nothing that asks for a close pair changes).

Measured on bench.alignment's tune half (odd topics, check sub-topics left out): recall of
same-event sentences 0.723 -> 0.743, reworded 0.371 -> 0.419, event precision 0.868 -> 0.871,
coverage AUC unchanged (a lifted pair stays under the coverage floor); aligned pairs between
look-alike events 0.84 -> 0.89 per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# A closest partner scoring under this shares nothing but the anchor (a figure in a sentence of
# other words entirely): too little to read as one fact. Set on bench.alignment's tune half:
# 0.1 adds look-alike pairs (0.885 -> 0.900 per sentence) and no same-event recall; 0.2 loses
# 0.004 recall (tens of thousands rallying / joining a walkout, lexical 0.18).
ANCHOR_FLOOR = 0.15
# Shared rare words it takes to anchor a pair when none is a figure. One rare word is often a
# topic word each article happens to use once (x-pairs 0.84 -> 1.15 per sentence, event precision
# 0.868 -> 0.861); two keep precision (0.871) at x-pairs 0.89; three add nothing over a figure.
ANCHOR_WORDS = 2

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Anchors:
    """Per sentence pair, how many rare words and rare figures the two sentences share."""

    words: np.ndarray  # int32, n_left x n_right
    figures: np.ndarray


def rare_anchors(
    left_words: Sequence[Sequence[str]], right_words: Sequence[Sequence[str]]
) -> Anchors:
    """Words (and among them figures) each article uses in one sentence only, shared by the pair.

    Such a word sits in exactly one left and one right sentence, so each adds one to one pair:
    a pass over the words, with no matrix product over all pairs."""
    shape = (len(left_words), len(right_words))
    words = np.zeros(shape, dtype=np.int32)
    figures = np.zeros(shape, dtype=np.int32)
    left_once = _used_once(left_words)
    right_once = _used_once(right_words)
    shared = sorted(left_once.keys() & right_once.keys())
    if not shared:
        return Anchors(words, figures)
    rows = np.fromiter((left_once[w] for w in shared), dtype=np.intp, count=len(shared))
    cols = np.fromiter((right_once[w] for w in shared), dtype=np.intp, count=len(shared))
    is_figure = np.fromiter((bool(_DIGIT.search(w)) for w in shared), dtype=bool, count=len(shared))
    np.add.at(words, (rows, cols), 1)
    np.add.at(figures, (rows[is_figure], cols[is_figure]), 1)
    return Anchors(words, figures)


def _used_once(rows: Sequence[Sequence[str]]) -> dict[str, int]:
    """Word -> the one sentence that uses it, for the words used in a single sentence."""
    where: dict[str, int] = {}
    repeated: set[str] = set()
    for index, row in enumerate(rows):
        for word in row:
            seen = where.get(word)
            if seen is None:
                where[word] = index
            elif seen != index:
                repeated.add(word)
    for word in repeated:
        del where[word]
    return where


def lift_anchored(scores: np.ndarray, anchors: Anchors, threshold: float) -> np.ndarray:
    """``scores`` with anchored closest partners under ``threshold`` raised to it."""
    if scores.size == 0:
        return scores
    anchored = (anchors.figures >= 1) | (anchors.words >= ANCHOR_WORDS)
    if not anchored.any():
        return scores
    closest = (scores >= scores.max(axis=1, keepdims=True)) | (
        scores >= scores.max(axis=0, keepdims=True)
    )
    lift = anchored & closest & (scores >= ANCHOR_FLOOR) & (scores < threshold)
    return np.where(lift, np.float32(threshold), scores).astype(scores.dtype)
