"""Sentences one article copies from the other, and the look-alikes a copy makes.

When the other article prints one of our sentences nearly word for word, that copy tells that
sentence. Another of our sentences that merely resembles the copy (same names, same topic) is
not told by it: whatever it shares with the copy it shares with the sentence copied, which is our
own. So a pair of look-alikes that each have a copy of their own is no pair at all, and a
sentence with no copy is told by another sentence's copy only when it restates that sentence:
when it is worded closely enough, and gives no fact the other article lacks (a restatement
repeats the facts of the sentence it restates).
Without this a deleted sentence reads as "reported" by the copy of its neighbour, and two
similar sentences of one article ("leaves behind a wife and two children" / "... three
children") are set against each other as a conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Levenshtein

from desktop.core.alignment.align import NEAR_DUPLICATE, SentencePair
from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.model import FindingKind


@dataclass(frozen=True, slots=True)
class Copies:
    pairs: list[SentencePair]  # without look-alikes and loose echoes of a copy
    scores: np.ndarray  # the same set apart (0)
    restating: np.ndarray  # pairs kept as a sentence restating another sentence's copy

    def for_statements(self, drafts: Sequence[Draft]) -> tuple[list[SentencePair], np.ndarray]:
        """The pairs and scores the whole-sentence verdicts read: a sentence holding a fact
        only its article gives ("Cheeks was one of the most popular 76ers from 1978-89 and
        played on the last championship team in 1983") restates nothing of the other side,
        however close its words come to a copy ("Cheeks is running the show again for the
        76ers")."""
        if not self.restating.any():
            return self.pairs, self.scores
        alone = np.zeros(self.scores.shape, dtype=bool)
        for draft in drafts:
            if draft.kind is FindingKind.LEFT_ONLY:
                alone[[f.sentence for f in draft.left], :] = True
            elif draft.kind is FindingKind.RIGHT_ONLY:
                alone[:, [f.sentence for f in draft.right]] = True
        apart = self.restating & alone
        pairs = [p for p in self.pairs if not apart[p.left, p.right]]
        return pairs, np.where(apart, np.float32(0.0), self.scores).astype(self.scores.dtype)


def without_echoes(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], scores: np.ndarray
) -> Copies:
    """The pairs without look-alikes of copied sentences, and the scores with them set apart
    (0), for the passes that judge whole sentences."""
    copy = _copies(left, right, pairs, scores.shape)
    if not copy.any():
        return Copies(list(pairs), scores, copy)
    left_copied = np.any(copy, axis=1, keepdims=True)
    right_copied = np.any(copy, axis=0, keepdims=True)
    lookalike = ~copy & left_copied & right_copied
    echo = ~copy & (left_copied | right_copied)
    apart = lookalike | (echo & (scores < tuning.ECHO_RESTATES))
    kept = [p for p in pairs if not apart[p.left, p.right]]
    restating = echo & ~apart
    return Copies(kept, np.where(apart, np.float32(0.0), scores).astype(scores.dtype), restating)


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
