"""Sentence alignment across the two articles, and the inline diff inside near-identical pairs.

Scores are computed for every sentence pair at once: rapidfuzz's ``token_set_ratio`` for fuzzy word
overlap (``desktop.core.alignment.token_set``), and matrix products for shared content words and
shared entities (a sentence pair that names the same person and the same number is likely telling
the same thing even when worded differently), and for sentence meaning, from static sentence
embeddings (``desktop.core.alignment.embed``), so that "was fired a week ago" finds "had been
dismissed last week". No Python loop runs over all pairs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Levenshtein

from desktop.core.alignment import reader_tuning
from desktop.core.alignment.align_anchors import lift_anchored, rare_anchors
from desktop.core.alignment.embed import EmbeddingTable, default_table
from desktop.core.alignment.pair_reader import default_reader
from desktop.core.alignment.reader_guard import pair_guard
from desktop.core.alignment.reader_lift import lifted, sentence_figures
from desktop.core.alignment.similarity import (
    highest_columns,
    similarities,
    sparse_similarities,
)
from desktop.core.alignment.token_set import token_set_scores
from desktop.core.extraction.extract import Analysis, Token

PAIR_THRESHOLD = 0.3  # below this two sentences are not shown as related
NEAR_DUPLICATE = 0.6  # above this the inline diff looks for swapped names and figures
_TOP_K = 2
# Sentence meaning adds to the lexical score and never lowers it, so a pair that shares words and
# names keeps its score (and NEAR_DUPLICATE its meaning); meaning alone, with no shared word, can
# reach at most EMBEDDING_WEIGHT, i.e. PAIR_THRESHOLD. Chosen on the odd ECB+ topics by
# bench/alignment.py (docs/embeddings.md): recall of same-event sentence pairs 0.54 -> 0.70 with
# event precision kept (0.83 -> 0.84) and the look-alike-event AUC within 0.03 (0.82 -> 0.80).
EMBEDDING_WEIGHT = 0.3
# Cosine (static embeddings) under which a pair gets nothing from meaning: 90% of sentence pairs
# taken from articles about two different events of one topic stay under it (0.42, odd topics).
EMBEDDING_FLOOR = 0.4
# Cosine at which meaning gives its full weight: 90% of sentence pairs that ECB+ marks as telling
# the same event stay under it (0.79, odd topics).
EMBEDDING_FULL = 0.8
# Digits a pair's score is rounded to before equal scores are ranked (``strongest_first``): the
# same as ``findings/bookkeeping/pair_order.SCORE_DIGITS``, for the same reason (a score may
# differ in its last bits with the sides swapped). Not a tuned figure: no bench set it.
SCORE_DIGITS = 9


@dataclass(frozen=True, slots=True)
class SentencePair:
    left: int  # sentence index in the left analysis
    right: int
    score: float


def strongest_first(
    pairs: Iterable[SentencePair], at_least: float = -math.inf
) -> list[SentencePair]:
    """The pairs scoring at least ``at_least``, the most alike first.

    A pass that compares claims pair by pair walks them so: the ledger hands each fact to the
    first partner that judges it, and the closest sentence is the surest partner. Equal scores
    (a pair lifted to the threshold, two retold sentences both at 1.0) go by a key that names
    no side, so the articles dropped the other way round are walked in the mirrored order: the
    pair nearest both articles' tops first (the sum of the two sentence positions), then the
    pair whose sentences sit at the nearest places (their gap)."""
    return sorted((p for p in pairs if p.score >= at_least), key=_pair_rank)


def _pair_rank(pair: SentencePair) -> tuple[float, int, int]:
    return (-round(pair.score, SCORE_DIGITS), pair.left + pair.right, abs(pair.left - pair.right))


def score_matrix(left: Analysis, right: Analysis, shared_keys: dict[str, str]) -> np.ndarray:
    """Similarity 0..1 of every left sentence with every right sentence.

    Without the embedding table (logged once by ``default_table``) it is the lexical score alone.
    A closest partner sharing a rare figure or rare words is raised to ``PAIR_THRESHOLD``
    (``desktop.core.alignment.align_anchors``). With ``READER_IN_ALIGNMENT`` (off, see
    reader_tuning.py), a loose partner the sentence-pair reader reads as the same statement is
    raised to an agreement (``desktop.core.alignment.reader_lift``; without the reader's files,
    logged once by ``default_reader``, today's score stands).
    """
    lexical = lexical_scores(left, right, shared_keys)
    table = default_table()
    if table is None or lexical.size == 0:
        scores = lexical
    else:
        scores = blend(lexical, meaning_scores(left, right, table))
    anchors = rare_anchors(left, right)
    scores = lift_anchored(scores, anchors, PAIR_THRESHOLD, _TOP_K)
    if not reader_tuning.READER_IN_ALIGNMENT:
        return scores
    reader = default_reader()
    if reader is None or scores.size == 0:
        return scores
    figures = (sentence_figures(left), sentence_figures(right))
    words = tuple([frozenset(w) for w in side.sentence_words] for side in (left, right))
    texts = (sentence_texts(left), sentence_texts(right))
    allowed = pair_guard(left, right, texts)
    return lifted(scores, texts[0], texts[1], reader, figures, (words[0], words[1]), allowed)


def blend(
    lexical: np.ndarray,
    meaning: np.ndarray,
    weight: float = EMBEDDING_WEIGHT,
    floor: float = EMBEDDING_FLOOR,
    full: float = EMBEDDING_FULL,
) -> np.ndarray:
    """Lexical scores raised by up to ``weight`` as the embedding cosine goes from floor to full."""
    bonus = weight * np.clip((meaning - floor) / (full - floor), 0.0, 1.0)
    return np.minimum(lexical + bonus, 1.0).astype(np.float32)


def sentence_texts(analysis: Analysis) -> list[str]:
    text = analysis.document.text
    return [text[s.start : s.end] for s in analysis.sentences]


def meaning_scores(left: Analysis, right: Analysis, table: EmbeddingTable) -> np.ndarray:
    """Cosine of the sentences' static embeddings, every left sentence against every right one.

    Made once per pair of analyses and kept with the left one, read-only: the alignment and the
    whole-sentence verdicts (findings/alignment/topic_partners.py) both read it."""

    def build() -> np.ndarray:
        a, b = (_sentence_vectors(side, table) for side in (left, right))
        scores = similarities(a, b)
        scores.setflags(write=False)
        return scores

    return left.derived_with("meaning_scores", (right, table), build)


def sentence_vectors(analysis: Analysis, table: EmbeddingTable) -> np.ndarray:
    """Each sentence's unit embedding, (sentences, dimensions), built once per article."""
    return _sentence_vectors(analysis, table)


def _sentence_vectors(analysis: Analysis, table: EmbeddingTable) -> np.ndarray:
    """Each sentence's embedding, built once per table: the alignment and the whole-sentence
    verdicts (findings/alignment/topic_partners.py) both read them."""
    return analysis.derived_with(
        "sentence_vectors", (table,), lambda: table.sentence_vectors(sentence_texts(analysis))
    )


def lexical_scores(left: Analysis, right: Analysis, shared_keys: dict[str, str]) -> np.ndarray:
    """Shared content words, fuzzy word overlap and shared names, 0..1 for every sentence pair."""
    n_left, n_right = len(left.sentences), len(right.sentences)
    if n_left == 0 or n_right == 0:
        return np.zeros((n_left, n_right), dtype=np.float32)
    words = _cosine(left.sentence_words, right.sentence_words)
    fuzzy = token_set_scores(left.sentence_words, right.sentence_words)
    fuzzy = fuzzy.astype(np.float32) / 100.0
    # token_set_ratio calls any subset a perfect match; damp it for very short sentences.
    lengths_l = np.array([len(w) for w in left.sentence_words], dtype=np.float32)
    lengths_r = np.array([len(w) for w in right.sentence_words], dtype=np.float32)
    shortness = np.minimum.outer(lengths_l, lengths_r)
    fuzzy *= np.clip(shortness / 4.0, 0.0, 1.0)

    left_entities: list[list[str]] = [[] for _ in range(n_left)]
    right_entities: list[list[str]] = [[] for _ in range(n_right)]
    for fact in left.facts:
        if not fact.weak:
            left_entities[fact.sentence].append(shared_keys.get(fact.key, "L:" + fact.key))
    for fact in right.facts:
        if not fact.weak:
            right_entities[fact.sentence].append(fact.key)
    entities = _cosine(left_entities, right_entities)
    return (0.45 * words + 0.25 * fuzzy + 0.30 * entities).astype(np.float32)


def _cosine(left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]) -> np.ndarray:
    """Cosine similarity of bag-of-words rows, weighted by how rare a word is across both texts."""
    vocabulary: dict[str, int] = {}
    for rows in (left, right):
        for row in rows:
            for word in row:
                vocabulary.setdefault(word, len(vocabulary))
    if not vocabulary:
        return np.zeros((len(left), len(right)), dtype=np.float32)
    (a, a_cells), (b, b_cells) = _bag(left, vocabulary), _bag(right, vocabulary)
    size = len(vocabulary)
    document_frequency = np.bincount(a_cells[1], minlength=size) + np.bincount(
        b_cells[1], minlength=size
    )
    idf = np.log1p((len(left) + len(right)) / (1.0 + document_frequency)).astype(np.float32)
    # Weighted and normalised cell by cell where a word stands, the rest of each row being zero:
    # the very numbers of the whole-matrix operations, without their passes over the zeros.
    for matrix, (held, columns) in ((a, a_cells), (b, b_cells)):
        matrix[held, columns] *= idf[columns]
        norms = np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
        matrix[held, columns] /= norms[held, 0]
    return sparse_similarities(a, a_cells, b, b_cells)


def _bag(
    rows: Sequence[Sequence[str]], vocabulary: dict[str, int]
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """How often each word occurs in each row, counted in one numpy call (whole counts: exact),
    with the (row, column) cells that hold a word, each once."""
    matrix = np.zeros((len(rows), len(vocabulary)), dtype=np.float32)
    row_of = np.repeat(np.arange(len(rows)), [len(row) for row in rows])
    column_of = np.fromiter((vocabulary[w] for row in rows for w in row), dtype=np.intp)
    np.add.at(matrix, (row_of, column_of), 1.0)
    cells = np.unique(row_of * len(vocabulary) + column_of)
    return matrix, (cells // len(vocabulary), cells % len(vocabulary))


def align(scores: np.ndarray) -> list[SentencePair]:
    """Many-to-many pairs: each sentence keeps its best partners above the threshold."""
    if scores.size == 0:
        return []
    keep = np.zeros(scores.shape, dtype=bool)
    k_right = min(_TOP_K, scores.shape[1])
    k_left = min(_TOP_K, scores.shape[0])
    best_for_left = highest_columns(scores, k_right)
    best_for_right = highest_columns(scores.T, k_left).T
    rows = np.arange(scores.shape[0])[:, None]
    cols = np.arange(scores.shape[1])[None, :]
    keep[rows, best_for_left] = True
    keep[best_for_right, cols] = True
    # A second-best partner must be nearly as good as the best, or it is noise.
    row_best = scores.max(axis=1, keepdims=True)
    col_best = scores.max(axis=0, keepdims=True)
    good = (scores >= PAIR_THRESHOLD) & ((scores >= 0.8 * row_best) | (scores >= 0.8 * col_best))
    keep &= good
    pairs = [
        SentencePair(int(i), int(j), float(scores[i, j]))
        for i, j in zip(*np.nonzero(keep), strict=True)
    ]
    return pairs


@dataclass(frozen=True, slots=True)
class Replacement:
    """A run of tokens one article has where the other has different ones (character ranges)."""

    left_start: int
    left_end: int
    right_start: int
    right_end: int


def near_duplicates(left_tokens: Sequence[Token], right_tokens: Sequence[Token]) -> bool:
    """Two sentences worded almost alike, token for token: an edit rather than a paraphrase."""
    a = [t.lower for t in left_tokens]
    b = [t.lower for t in right_tokens]
    return Levenshtein.normalized_similarity(a, b) >= NEAR_DUPLICATE


def replacements(left_tokens: Sequence[Token], right_tokens: Sequence[Token]) -> list[Replacement]:
    """Token-level diff of two near-identical sentences (Meld's inline pass): the swapped runs."""
    a = [t.lower for t in left_tokens]
    b = [t.lower for t in right_tokens]
    return [
        Replacement(
            left_tokens[op.src_start].start,
            left_tokens[op.src_end - 1].end,
            right_tokens[op.dest_start].start,
            right_tokens[op.dest_end - 1].end,
        )
        for op in Levenshtein.opcodes(a, b)
        if op.tag == "replace"
    ]


def coverage(pairs: Sequence[SentencePair], n_left: int, n_right: int, floor: float) -> float:
    """Share of the shorter article's sentences that have a partner scoring at least ``floor``."""
    if min(n_left, n_right) == 0:
        return 0.0
    left = {p.left for p in pairs if p.score >= floor}
    right = {p.right for p in pairs if p.score >= floor}
    return min(1.0, max(len(left) / n_left, len(right) / n_right))
