"""Sentences one article copies from the other, and the look-alikes a copy makes.

When the other article prints one of our sentences nearly word for word, that copy tells that
sentence. Another of our sentences that merely resembles the copy (same names, same topic) is
not told by it: whatever it shares with the copy it shares with the sentence copied, which is our
own. So a pair of look-alikes that each have a copy of their own is no pair at all, and a
sentence with no copy is told by another sentence's copy only when it restates that sentence.
Without this a deleted sentence reads as "reported" by the copy of its neighbour, and two
similar sentences of one article ("leaves behind a wife and two children" / "... three
children") are set against each other as a conflict.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz.distance import Levenshtein

from desktop.core.align import NEAR_DUPLICATE, SentencePair
from desktop.core.extract import Analysis
from desktop.core.findings import tuning


def without_echoes(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], scores: np.ndarray
) -> tuple[list[SentencePair], np.ndarray]:
    """The pairs without look-alikes of copied sentences, and the scores with them set apart
    (0), for the passes that judge whole sentences."""
    if scores.size == 0:
        return list(pairs), scores
    copy = _copies(left, right, pairs, scores.shape)
    if not copy.any():
        return list(pairs), scores
    left_copied = np.any(copy, axis=1, keepdims=True)
    right_copied = np.any(copy, axis=0, keepdims=True)
    lookalike = ~copy & left_copied & right_copied
    echo = ~copy & (left_copied | right_copied) & (scores < tuning.ECHO_RESTATES)
    apart = lookalike | echo
    kept = [p for p in pairs if not apart[p.left, p.right]]
    return kept, np.where(apart, np.float32(0.0), scores).astype(scores.dtype)


def _copies(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], shape: tuple[int, ...]
) -> np.ndarray:
    """Aligned pairs worded almost alike, each the other's closest such partner: a sentence
    copied. "Billy King announced that Maurice Cheeks has been hired as head coach" is worded
    much like "Billy King announced that Jim O'Brien has been relieved as head coach", but each
    has a closer copy of its own; an article that says one thing twice has two copies of it."""
    alike: dict[tuple[int, int], float] = {}
    for p in pairs:
        a = [t.lower for t in left.sentence_tokens[p.left]]
        b = [t.lower for t in right.sentence_tokens[p.right]]
        similarity = Levenshtein.normalized_similarity(a, b)
        if similarity >= NEAR_DUPLICATE:
            alike[p.left, p.right] = similarity
    best_left: dict[int, float] = {}
    best_right: dict[int, float] = {}
    for (i, j), similarity in alike.items():
        best_left[i] = max(best_left.get(i, 0.0), similarity)
        best_right[j] = max(best_right.get(j, 0.0), similarity)
    copy = np.zeros(shape, dtype=bool)
    for (i, j), similarity in alike.items():
        copy[i, j] = similarity >= best_left[i] and similarity >= best_right[j]
    return copy
