"""What the engine already knows of every sentence pair, as one feature table per compared pair.

``bench.pair_scorer`` fits a small logistic model on these to ask whether a fitted combination of
the signals separates gold sentence pairs better than the hand-set score
(``desktop.core.alignment.align.score_matrix``). Each feature is a matrix, left sentences x right
sentences, computed from the two analyses and the score matrix the engine made; nothing here
changes the engine.

The label is the oracle's (``bench.oracle_alignment.gold_cells``): a sentence pair is positive
when its two sentences hold the two quotes of a gold agree or conflict line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from bench.soft_match import candidate_pairs, soft_match_scores
from desktop.core.alignment.align import _cosine, lexical_scores, meaning_scores, sentence_texts
from desktop.core.alignment.align_anchors import rare_anchors
from desktop.core.alignment.embed import EmbeddingTable
from desktop.core.alignment.token_set import token_set_scores
from desktop.core.extraction.extract import Analysis
from desktop.core.model import MentionType

_NAMES = frozenset(
    {MentionType.PERSON, MentionType.ORGANISATION, MentionType.PLACE, MentionType.NATIONALITY}
)
_VALUES = frozenset(
    {MentionType.NUMBER, MentionType.QUANTITY, MentionType.MONEY, MentionType.PERCENT}
)
_PEOPLE = frozenset({MentionType.PERSON, MentionType.ORGANISATION})
_WHEN = frozenset({MentionType.DATE, MentionType.TIME})
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")
_LEAD_PARAGRAPHS = 2  # the headline's line and the first body paragraph


@dataclass(frozen=True, slots=True)
class PairTable:
    """One compared pair: every feature as a flat vector over its sentence pairs (row-major)."""

    pair_id: str
    shape: tuple[int, int]
    features: dict[str, np.ndarray]
    label: np.ndarray  # bool: the two sentences hold a gold agree / conflict line's quotes


def _paragraph_of(analysis: Analysis) -> np.ndarray:
    """Each sentence's paragraph number: line breaks before its start (a headline is its own)."""
    text = analysis.document.text
    breaks = np.array([m.start() for m in re.finditer(r"\n+", text)], dtype=np.int64)
    starts = np.array([s.start for s in analysis.sentences], dtype=np.int64)
    return np.searchsorted(breaks, starts, side="right")


def _headline(analysis: Analysis) -> np.ndarray:
    """The first sentence when the document has a title and it stands on the first line."""
    out = np.zeros(len(analysis.sentences), dtype=bool)
    document = analysis.document
    if analysis.sentences and document.title:
        first_line = document.text.split("\n", 1)[0]
        out[0] = analysis.sentences[0].end <= len(first_line) + 1
    return out


def _typed_keys(
    analysis: Analysis, kinds: frozenset[MentionType], key: Callable[[str], str]
) -> list[list[str]]:
    rows: list[list[str]] = [[] for _ in analysis.sentences]
    for fact in analysis.facts:
        if fact.type in kinds and not fact.weak:
            rows[fact.sentence].append(key(fact.key) if fact.type in _NAMES else fact.text.lower())
    return rows


def _shared_count(left: list[list[str]], right: list[list[str]]) -> np.ndarray:
    """How many distinct keys each sentence pair shares."""
    out = np.zeros((len(left), len(right)), dtype=np.float32)
    where: dict[str, list[int]] = {}
    for j, row in enumerate(right):
        for k in set(row):
            where.setdefault(k, []).append(j)
    for i, row in enumerate(left):
        for k in set(row):
            for j in where.get(k, ()):
                out[i, j] += 1.0
    return out


def _rank(scores: np.ndarray, axis: int) -> np.ndarray:
    """Each cell's rank among its row's (axis 1) or column's (axis 0) scores, 0 for the best."""
    order = np.argsort(-scores, axis=axis, kind="stable")
    ranks = np.empty_like(order)
    if axis == 1:
        np.put_along_axis(ranks, order, np.arange(scores.shape[1])[None, :], axis=1)
    else:
        np.put_along_axis(ranks, order, np.arange(scores.shape[0])[:, None], axis=0)
    return ranks


def feature_matrices(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    scores: np.ndarray,
    table: EmbeddingTable,
    soft: bool = True,
) -> dict[str, np.ndarray]:
    """Every feature, left sentences x right sentences."""
    shape = scores.shape
    words = _cosine(left.sentence_words, right.sentence_words)
    fuzzy = token_set_scores(left.sentence_words, right.sentence_words).astype(np.float32) / 100.0
    length_l = np.array([len(w) for w in left.sentence_words], dtype=np.float32)
    length_r = np.array([len(w) for w in right.sentence_words], dtype=np.float32)
    fuzzy *= np.clip(np.minimum.outer(length_l, length_r) / 4.0, 0.0, 1.0)
    lexical = lexical_scores(left, right, links)
    mean = np.asarray(meaning_scores(left, right, table), dtype=np.float32)
    texts = sentence_texts(left), sentence_texts(right)
    softs = (
        soft_match_scores(*texts, table, candidate_pairs(*texts, table))
        if soft
        else np.zeros(shape, dtype=np.float32)
    )
    anchors = rare_anchors(left, right)

    def linked(key: str) -> str:
        return links.get(key, "L:" + key)

    names = _shared_count(
        _typed_keys(left, _NAMES, linked), _typed_keys(right, _NAMES, lambda k: k)
    )
    values = _shared_count(
        _typed_keys(left, _VALUES, linked), _typed_keys(right, _VALUES, lambda k: k)
    )
    when = _shared_count(_typed_keys(left, _WHEN, linked), _typed_keys(right, _WHEN, lambda k: k))
    people_l = _typed_keys(left, _PEOPLE, linked)
    people_r = _typed_keys(right, _PEOPLE, lambda k: k)
    # Each sentence names someone and they name no one in common: two people's doings.
    people_apart = (
        np.logical_and.outer([bool(r) for r in people_l], [bool(r) for r in people_r])
        & (_shared_count(people_l, people_r) == 0)
    ).astype(np.float32)
    row_rank, col_rank = _rank(scores, 1), _rank(scores, 0)
    best = np.minimum(row_rank, col_rank)
    row_max = np.maximum(scores.max(axis=1, keepdims=True), 1e-6)
    col_max = np.maximum(scores.max(axis=0, keepdims=True), 1e-6)
    para_l, para_r = _paragraph_of(left), _paragraph_of(right)
    head_l, head_r = _headline(left), _headline(right)
    lead_l = para_l < _LEAD_PARAGRAPHS
    lead_r = para_r < _LEAD_PARAGRAPHS
    quote_l = np.array([bool(_QUOTE_MARK.search(t)) for t in texts[0]])
    quote_r = np.array([bool(_QUOTE_MARK.search(t)) for t in texts[1]])
    short = np.minimum.outer(length_l, length_r)
    long = np.maximum(np.maximum.outer(length_l, length_r), 1.0)
    return {
        "score": scores.astype(np.float32),
        "lexical": lexical,
        "words": words,
        "fuzzy": fuzzy,
        # lexical = 0.45 words + 0.25 fuzzy + 0.30 shared names and figures (align.lexical_scores)
        "entities": (lexical - 0.45 * words - 0.25 * fuzzy) / 0.30,
        "cosine": mean,
        "soft": softs,
        "anchor_words": np.minimum(anchors.words, 3).astype(np.float32),
        "anchor_figures": np.minimum(anchors.figures, 2).astype(np.float32),
        "shared_names": np.minimum(names, 3),
        "shared_values": np.minimum(values, 2),
        "shared_when": np.minimum(when, 2),
        "people_apart": people_apart,
        "mutual_best": ((row_rank == 0) & (col_rank == 0)).astype(np.float32),
        "either_best": (best == 0).astype(np.float32),
        "partner_rank": np.minimum(best, 5).astype(np.float32),
        "near_best": np.maximum(scores / row_max, scores / col_max).astype(np.float32),
        "headline_either": np.logical_or.outer(head_l, head_r).astype(np.float32),
        "headline_both": np.logical_and.outer(head_l, head_r).astype(np.float32),
        "lead_both": np.logical_and.outer(lead_l, lead_r).astype(np.float32),
        "lead_either": np.logical_or.outer(lead_l, lead_r).astype(np.float32),
        "length_ratio": (short / long).astype(np.float32),
        "short_side": np.log1p(short).astype(np.float32),
        "quote_both": np.logical_and.outer(quote_l, quote_r).astype(np.float32),
        "quote_one": np.logical_xor.outer(quote_l, quote_r).astype(np.float32),
    }


FEATURES: Sequence[str] = (
    "score",
    "lexical",
    "words",
    "fuzzy",
    "entities",
    "cosine",
    "soft",
    "anchor_words",
    "anchor_figures",
    "shared_names",
    "shared_values",
    "shared_when",
    "people_apart",
    "mutual_best",
    "either_best",
    "partner_rank",
    "near_best",
    "headline_either",
    "headline_both",
    "lead_both",
    "lead_either",
    "length_ratio",
    "short_side",
    "quote_both",
    "quote_one",
)
