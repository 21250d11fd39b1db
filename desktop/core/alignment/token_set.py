"""rapidfuzz's ``token_set_ratio`` of every left sentence's words with every right sentence's.

``process.cdist(..., scorer=fuzz.token_set_ratio, dtype=np.uint8)`` splits, sorts and compares
the words of both sentences anew for each of the 740,000 pairs of two 15,000-word articles: 0.7 s
of one core. Most pairs share no word, and for those the score is the Indel similarity of the two
sentences' distinct words, sorted and joined, which rapidfuzz computes for all pairs at once in
a few hundredths of a second. Of the pairs that share a word (about one in ten), most share just
one: their score is read from the Indel distance of each sentence's other words, strings made
once per sentence and word rather than once per pair. Only pairs sharing two words or more go
through ``token_set_ratio`` itself. The scores are the very numbers ``cdist`` gives (tests/core/
test_token_set.py holds them to it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel


def token_set_scores(left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]) -> np.ndarray:
    """``cdist`` of the sentences' sorted words, joined by spaces, by ``token_set_ratio``, as
    uint8 (0..100): the same matrix, computed pair by pair only where two sentences share two
    words or more."""
    left_strings = [" ".join(sorted(words)) for words in left]
    right_strings = [" ".join(sorted(words)) for words in right]
    if not (_plain_words(left) and _plain_words(right)):
        # A "word" holding a space, or an empty one, is not one token to rapidfuzz: ask it.
        return process.cdist(
            left_strings, right_strings, scorer=fuzz.token_set_ratio, dtype=np.uint8, workers=-1
        )
    left_sets = [sorted(set(words)) for words in left]
    right_sets = [sorted(set(words)) for words in right]

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

    shared = _SharedWords(left_sets, right_sets)
    if shared.rows.size == 0:
        return rounded
    one = shared.counts == 1
    rounded[shared.rows[one], shared.cols[one]] = _round_half_up(
        _one_word_scores(shared, one, left_sets, right_sets)
    )
    more = ~one
    if more.any():
        rounded[shared.rows[more], shared.cols[more]] = process.cpdist(
            [left_strings[i] for i in shared.rows[more].tolist()],
            [right_strings[j] for j in shared.cols[more].tolist()],
            scorer=fuzz.token_set_ratio,
            dtype=np.uint8,
            workers=-1,
        )
    return rounded


class _SharedWords:
    """The sentence pairs that share a word: ``rows``, ``cols``, how many distinct words each
    pair shares (``counts``), their letters in all (``letters``), and, for a pair sharing one
    word, where that word stands among each sentence's distinct words, counted over all the
    sentences of its side (``left_at``, ``right_at``)."""

    def __init__(self, left_sets: Sequence[Sequence[str]], right_sets: Sequence[Sequence[str]]):
        vocabulary: dict[str, int] = {}
        left_sentence, left_word = _incidences(left_sets, vocabulary)
        right_sentence, right_word = _incidences(right_sets, vocabulary)
        size = len(vocabulary)
        word_length = np.zeros(size, dtype=np.int64)
        for word, index in vocabulary.items():
            word_length[index] = len(word)
        # Each left word with every right sentence holding it: one triple per pair and word.
        by_word = np.argsort(right_word, kind="stable")
        per_word = np.bincount(right_word, minlength=size)
        first = np.cumsum(per_word) - per_word
        repeats = per_word[left_word]
        left_at = np.repeat(np.arange(left_word.size), repeats)
        within = np.arange(left_at.size) - np.repeat(np.cumsum(repeats) - repeats, repeats)
        right_at = by_word[np.repeat(first[left_word], repeats) + within]
        key = left_sentence[left_at] * max(1, len(right_sets)) + right_sentence[right_at]
        order = np.argsort(key, kind="stable")
        _, starts, counts = np.unique(key[order], return_index=True, return_counts=True)
        self.left_at = left_at[order[starts]]
        self.right_at = right_at[order[starts]]
        self.rows = left_sentence[self.left_at]
        self.cols = right_sentence[self.right_at]
        self.counts = counts
        letters = word_length[left_word[left_at[order]]]
        self.letters = np.add.reduceat(letters, starts) if starts.size else letters


def _incidences(
    sets: Sequence[Sequence[str]], vocabulary: dict[str, int]
) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's index and word's number, one entry per distinct word, sentence by
    sentence in the words' sorted order."""
    sentence = np.repeat(np.arange(len(sets)), [len(words) for words in sets])
    word = np.fromiter(
        (vocabulary.setdefault(w, len(vocabulary)) for words in sets for w in words),
        dtype=np.intp,
        count=int(sentence.size),
    )
    return sentence, word


def _one_word_scores(
    shared: _SharedWords,
    one: np.ndarray,
    left_sets: Sequence[Sequence[str]],
    right_sets: Sequence[Sequence[str]],
) -> np.ndarray:
    """``token_set_ratio`` of the pairs that share exactly one word, as rapidfuzz computes it:
    100 when either sentence has no other word; else the best of the Indel similarity of the
    two sentences' other words (each with the shared word before them) and of each of those
    against the shared word alone."""
    rows, cols = shared.rows[one], shared.cols[one]
    sect = shared.letters[one]  # one word: its letters, no space
    ab, ab_len = _others(left_sets, rows, sect)
    ba, ba_len = _others(right_sets, cols, sect)
    subset = (ab == 0) | (ba == 0)
    apart = ~subset
    left_others = _without_each_word(left_sets)
    right_others = _without_each_word(right_sets)
    distance = np.zeros(rows.size, dtype=np.int64)
    distance[apart] = process.cpdist(
        [left_others[k] for k in shared.left_at[one][apart].tolist()],
        [right_others[k] for k in shared.right_at[one][apart].tolist()],
        scorer=Indel.distance,
        dtype=np.int64,
        workers=-1,
    )
    sect_ab = sect + 1 + ab_len
    sect_ba = sect + 1 + ba_len
    result = 100 - 100 * distance / (sect_ab + sect_ba)
    sect_ab_ratio = 100 - 100 * (1 + ab_len) / (sect + sect_ab)
    sect_ba_ratio = 100 - 100 * (1 + ba_len) / (sect + sect_ba)
    best = np.maximum(np.maximum(result, sect_ab_ratio), sect_ba_ratio)
    return np.where(subset, 100.0, best)


def _others(
    sets: Sequence[Sequence[str]], sentences: np.ndarray, sect: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """How many other distinct words each sentence has beside the one it shares, and the length
    of those words joined by spaces."""
    words = np.array([len(w) for w in sets], dtype=np.int64)
    letters = np.array([sum(map(len, w)) for w in sets], dtype=np.int64)
    count = words[sentences] - 1
    length = np.where(count > 0, letters[sentences] - sect + count - 1, 0)
    return count, length


def _without_each_word(sets: Sequence[Sequence[str]]) -> list[str]:
    """For each sentence and each of its distinct words, in ``_incidences`` order: the
    sentence's other distinct words, sorted and joined."""
    return [" ".join([*words[:at], *words[at + 1 :]]) for words in sets for at in range(len(words))]


def _plain_words(rows: Sequence[Sequence[str]]) -> bool:
    return all(all(words) and _SPACE.search("".join(words)) is None for words in rows)


_SPACE = re.compile(r"\s")  # what str.split() and rapidfuzz split at


def _round_half_up(score: np.ndarray) -> np.ndarray:
    """To uint8 as ``cdist`` rounds: to the nearest whole number, halves up (62.5 -> 63)."""
    whole = np.floor(score)
    return (whole + (score - whole >= 0.5)).astype(np.uint8)
