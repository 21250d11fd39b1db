"""rapidfuzz's ``token_set_ratio`` of every left sentence's words with every right sentence's.

``process.cdist(..., scorer=fuzz.token_set_ratio, dtype=np.uint8)`` splits, sorts and compares
the words of both sentences anew for each of the 740,000 pairs of two 15,000-word articles: 0.7 s
of one core. Most pairs share no word, and for those the score is the Indel similarity of the two
sentences' distinct words, sorted and joined, which rapidfuzz computes for all pairs at once in
a few hundredths of a second. Only the pairs that share a word (about one in ten) go through
``token_set_ratio`` itself. The scores are the very numbers ``cdist`` gives (tests/core/
test_token_set.py holds them to it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel


def token_set_scores(
    left: Sequence[Sequence[str]],
    right: Sequence[Sequence[str]],
    shared: np.ndarray | None = None,
) -> np.ndarray:
    """``cdist`` of the sentences' sorted words, joined by spaces, by ``token_set_ratio``, as
    uint8 (0..100): the same matrix, computed pair by pair only where two sentences share a word.

    ``shared``: a matrix the caller already holds whose nonzero cells are exactly the pairs that
    share a word (the aligner's word cosine), so they are not found a second time."""
    left_strings = [" ".join(sorted(words)) for words in left]
    right_strings = [" ".join(sorted(words)) for words in right]
    if not (_plain_words(left) and _plain_words(right)):
        # A "word" holding a space, or an empty one, is not one token to rapidfuzz: ask it.
        return process.cdist(
            left_strings, right_strings, scorer=fuzz.token_set_ratio, dtype=np.uint8, workers=-1
        )
    left_sets = [sorted(set(words)) for words in left]
    right_sets = [sorted(set(words)) for words in right]
    if shared is None:
        shared = _share_a_word(left_sets, right_sets)

    # No word in common: the Indel similarity of the distinct words, as token_set_ratio words it.
    left_joined = [" ".join(words) for words in left_sets]
    right_joined = [" ".join(words) for words in right_sets]
    distance = process.cdist(
        left_joined, right_joined, scorer=Indel.distance, dtype=np.int64, workers=-1
    )
    lengths = np.add.outer(
        np.array([len(s) for s in left_joined], dtype=np.int64),
        np.array([len(s) for s in right_joined], dtype=np.int64),
    )
    # token_set_ratio gives nothing to a sentence without words.
    empty = np.logical_or.outer(
        np.array([not words for words in left_sets]), np.array([not words for words in right_sets])
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where(empty, 0.0, 100 - 100 * distance / lengths)
    rounded = _round_half_up(score)

    rows, cols = np.nonzero(shared)
    if rows.size:
        rounded[rows, cols] = process.cpdist(
            [left_strings[i] for i in rows],
            [right_strings[j] for j in cols],
            scorer=fuzz.token_set_ratio,
            dtype=np.uint8,
            workers=-1,
        )
    return rounded


def _plain_words(rows: Sequence[Sequence[str]]) -> bool:
    return all(all(words) and _SPACE.search("".join(words)) is None for words in rows)


_SPACE = re.compile(r"\s")  # what str.split() and rapidfuzz split at


def _share_a_word(left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]) -> np.ndarray:
    """Which sentence pairs have a word in common, as a boolean matrix."""
    vocabulary: dict[str, int] = {}
    for rows in (left, right):
        for words in rows:
            for word in words:
                vocabulary.setdefault(word, len(vocabulary))
    a = np.zeros((len(left), len(vocabulary)), dtype=np.float32)
    b = np.zeros((len(right), len(vocabulary)), dtype=np.float32)
    for matrix, rows in ((a, left), (b, right)):
        for i, words in enumerate(rows):
            matrix[i, [vocabulary[w] for w in words]] = 1.0
    return np.asarray((a @ b.T) > 0)


def _round_half_up(score: np.ndarray) -> np.ndarray:
    """To uint8 as ``cdist`` rounds: to the nearest whole number, halves up (62.5 -> 63)."""
    whole = np.floor(score)
    return (whole + (score - whole >= 0.5)).astype(np.uint8)
