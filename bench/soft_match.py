"""Sentence meaning by soft word matching: BERTScore's greedy matching on static word vectors.

Measured by ``python -m bench.alignment --meaning soft``, not used by the app (docs/embeddings.md,
"Soft word matching"): it aligns more same-event sentences and fewer look-alike ones than the mean
vector the app uses, but the findings stage, tuned on today's pairs, lost two tune-gold conflicts.

The mean of a sentence's word-piece vectors (``EmbeddingTable.sentence_vectors``) blurs a sentence
into its topic: two sentences about one earthquake look alike whatever each says, and the one
word that was reworded ("dismissed" / "fired") is averaged away among the rest. BERTScore (Zhang
et al., ICLR 2020) instead matches each word of one sentence to its most similar word of the other
(cosine of the word vectors), both ways, weighs the words by inverse document frequency, and takes
the F-mean of the two directions' averages. Here the word vectors are the static table's (a word is
the sum of its pieces' rows), the "documents" are the two articles' sentences, and only content
words count: function words (spaCy's English stop list) match anything and would lift every pair.

Matching every word with every word of the other article grows with the square of its length (two
15,000-word articles: 50 million word pairs), so for long articles only each sentence's few
closest partners by the mean vector are matched word by word; the rest score 0.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

# The table's own spelling of words (lower case, accents off, runs of letters and digits).
from desktop.core.alignment.embed import _WORD, EmbeddingTable, _fold

_STOP = frozenset(STOP_WORDS)
# The setting measured in docs/embeddings.md (bench/alignment.py --meaning soft), for
# desktop.core.alignment.align.blend: the weight of the app's, floor and full at the same percentile
# anchors as the app's (90% of look-alike-event sentence pairs under 0.31, 90% of same-event pairs
# under 0.65, odd ECB+ topics).
SOFT_WEIGHT, SOFT_FLOOR, SOFT_FULL = 0.3, 0.3, 0.65
# Up to this many sentence pairs (two articles of 100 sentences, some 2,000 words each: every
# article pair of the benches) every pair is matched word by word.
ALL_PAIRS = 10_000
# Longer articles: each sentence's partners by the mean-vector cosine, both ways, that are matched
# word by word. Alignment keeps at most two partners a sentence; on bench/alignment.py, matching
# only 5 partners keeps recall within 0.01 of matching every pair (3: within 0.02), at about 0.1 s
# for two 15,000-word articles (bench/speed.py).
CANDIDATES = 5


def content_words(text: str) -> list[str]:
    """The words of a sentence as the table spells them, without function words."""
    return [word for word in _WORD.findall(_fold(text)) if word not in _STOP]


def candidate_pairs(left: Sequence[str], right: Sequence[str], table: EmbeddingTable) -> np.ndarray:
    """Boolean mask of the sentence pairs to match word by word: all of them for articles of news
    length, else each sentence's closest partners by the mean vector."""
    if len(left) * len(right) <= ALL_PAIRS:
        return np.ones((len(left), len(right)), dtype=bool)
    return closest_partners(table.sentence_vectors(left) @ table.sentence_vectors(right).T)


def closest_partners(mean_cosine: np.ndarray, k: int = CANDIDATES) -> np.ndarray:
    """Boolean mask: each left sentence's k closest right ones and each right one's k closest."""
    keep = np.zeros(mean_cosine.shape, dtype=bool)
    if mean_cosine.size == 0:
        return keep
    k_right, k_left = min(k, mean_cosine.shape[1]), min(k, mean_cosine.shape[0])
    rows = np.arange(mean_cosine.shape[0])[:, None]
    cols = np.arange(mean_cosine.shape[1])[None, :]
    keep[rows, np.argsort(-mean_cosine, axis=1, kind="stable")[:, :k_right]] = True
    keep[np.argsort(-mean_cosine, axis=0, kind="stable")[:k_left, :], cols] = True
    return keep


def soft_match_scores(
    left: Sequence[str], right: Sequence[str], table: EmbeddingTable, candidates: np.ndarray
) -> np.ndarray:
    """BERTScore F (0..1) of the ``candidates`` sentence pairs; 0 elsewhere and where either
    sentence has no content word."""
    out = np.zeros((len(left), len(right)), dtype=np.float32)
    left_words = [content_words(text) for text in left]
    right_words = [content_words(text) for text in right]
    vocabulary: dict[str, int] = {}
    for words in (*left_words, *right_words):
        for word in words:
            vocabulary.setdefault(word, len(vocabulary))
    if not vocabulary:
        return out
    vectors = _word_vectors(list(vocabulary), table)
    # idf over the two articles' sentences, as the lexical score weighs shared words.
    frequency = np.zeros(len(vocabulary), dtype=np.float32)
    for words in (*left_words, *right_words):
        frequency[[vocabulary[w] for w in set(words)]] += 1.0
    idf = np.log1p((len(left) + len(right)) / (1.0 + frequency)).astype(np.float32)
    left_ids = [np.fromiter((vocabulary[w] for w in words), dtype=np.intp) for words in left_words]
    sizes = np.array([len(words) for words in right_words], dtype=np.intp)
    right_flat = np.fromiter(
        (vocabulary[w] for words in right_words for w in words), dtype=np.intp, count=sizes.sum()
    )
    offsets = np.cumsum(sizes) - sizes
    right_vectors, right_weights = vectors[right_flat], idf[right_flat]
    candidates = candidates & (sizes > 0)[None, :]

    for i, ids in enumerate(left_ids):
        partners = np.flatnonzero(candidates[i])
        if not ids.size or not partners.size:
            continue
        # The partners' words end to end: token columns of right_vectors, and where each starts.
        lengths = sizes[partners]
        starts = np.cumsum(lengths) - lengths
        columns = np.arange(lengths.sum()) + np.repeat(offsets[partners] - starts, lengths)
        # This sentence's words x the partners' words. einsum, not BLAS: a multi-threaded BLAS
        # call per sentence on a busy machine cost 50 times its single-threaded time here.
        similarity = np.einsum("ik,jk->ij", vectors[ids], right_vectors[columns])
        # How much of this sentence each partner tells: each word's best match there, averaged
        # with idf weights (BERTScore's recall); and the same the other way (its precision).
        weights = idf[ids]
        recall = weights @ np.maximum.reduceat(similarity, starts, axis=1) / weights.sum()
        other_weights = right_weights[columns]
        precision = np.add.reduceat(similarity.max(axis=0) * other_weights, starts) / (
            np.add.reduceat(other_weights, starts)
        )
        recall = np.maximum(recall, 0.0)
        precision = np.maximum(precision, 0.0)
        out[i, partners] = 2.0 * recall * precision / np.maximum(recall + precision, 1e-9)
    return out


def _word_vectors(words: list[str], table: EmbeddingTable) -> np.ndarray:
    """Unit vector of each word (the sum of its pieces' rows); all zero for an unspellable one."""
    pieces = [table.pieces(word) for word in words]
    rows = np.fromiter((row for p in pieces for row in p), dtype=np.intp)
    out = np.zeros((len(words), table.dimensions), dtype=np.float32)
    spelled = np.array([bool(p) for p in pieces])
    if rows.size:
        scaled = table.vectors[rows].astype(np.float32) * table.scales[rows][:, None]
        starts = np.cumsum([0] + [len(p) for p in pieces if p])[:-1]
        out[spelled] = np.add.reduceat(scaled, starts, axis=0)
    out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
    return out
