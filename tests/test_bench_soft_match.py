"""Soft word matching (bench only): a retold sentence is paired, empty words are not meaning."""

from __future__ import annotations

import numpy as np

from bench.soft_match import (
    SOFT_FLOOR,
    SOFT_FULL,
    SOFT_WEIGHT,
    candidate_pairs,
    closest_partners,
    soft_match_scores,
)
from desktop.core.alignment.align import align, blend, lexical_scores, sentence_texts
from desktop.core.alignment.embed import default_table
from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document

# Two articles on different days of one story, each with sentences of its own.
LEFT = (
    "The minister resigned amid a corruption scandal. "
    "Tickets for the final went on sale on Monday. "
    "Heavy snow closed the mountain pass overnight."
)
RIGHT = (
    "The city council approved a new budget. "
    "Shares rose sharply in early trading. "
    "The minister stepped down over bribery allegations."
)


def analyses(left: str, right: str) -> tuple[Analysis, Analysis]:
    docs = [Document(source="left.txt", text=left), Document(source="right.txt", text=right)]
    nlp = load_pipeline().nlp
    first, second = analyse(docs, list(nlp.pipe([nlp_view(d.text) for d in docs])))
    return first, second


def soft_meaning(left: Analysis, right: Analysis) -> np.ndarray:
    table = default_table()
    assert table is not None
    a, b = sentence_texts(left), sentence_texts(right)
    return soft_match_scores(a, b, table, candidate_pairs(a, b, table))


def test_a_resignation_retold_in_other_words_is_paired_with_its_retelling() -> None:
    # "resigned" / "stepped down", "corruption scandal" / "bribery allegations": one shared word
    # ("minister") is too little on its own; word-by-word meaning carries the pair over.
    left, right = analyses(LEFT, RIGHT)
    lexical = lexical_scores(left, right, {})
    assert (0, 2) not in {(p.left, p.right) for p in align(lexical)}
    scores = blend(lexical, soft_meaning(left, right), SOFT_WEIGHT, SOFT_FLOOR, SOFT_FULL)
    assert {(p.left, p.right) for p in align(scores)} == {(0, 2)}


def test_sentences_sharing_only_little_words_are_not_alike_in_meaning() -> None:
    # The mean of all word pieces finds these two alike (cosine near 0.5): "it", "was", "the",
    # "of", "them" weigh in. Only content words are matched, and these have none in common.
    left, right = analyses(
        "It was one of the first things they had done there. " + LEFT,
        "She said that it would be the last of them for now. " + RIGHT,
    )
    meaning = soft_meaning(left, right)
    assert meaning[0, 0] == 0.0
    assert meaning[1, 3] > SOFT_FLOOR  # the retold resignation


def test_long_articles_match_only_each_sentences_closest_partners() -> None:
    # Two articles of 120 sentences: every sentence keeps its closest partners by the mean vector
    # (both ways), not all 14,400 pairs; two news-length articles match every pair.
    table = default_table()
    assert table is not None
    cosine = np.random.default_rng(7).random((120, 120))
    mask = closest_partners(cosine, k=3)
    assert mask[np.arange(120), cosine.argmax(axis=1)].all()
    assert mask[cosine.argmax(axis=0), np.arange(120)].all()
    assert mask.sum(axis=1).min() >= 3 and mask.sum() <= 2 * 3 * 120
    sentences = [f"Sentence number {n} tells of item {n}." for n in range(120)]
    assert candidate_pairs(sentences[:10], sentences[:10], table).all()
    assert not candidate_pairs(sentences, sentences, table).all()


def test_pairs_left_out_get_nothing_from_meaning() -> None:
    table = default_table()
    assert table is not None
    texts = ["The minister resigned amid a corruption scandal."]
    other = ["The minister stepped down over bribery allegations."]
    assert soft_match_scores(texts, other, table, np.zeros((1, 1), dtype=bool))[0, 0] == 0.0
    assert soft_match_scores(texts, other, table, np.ones((1, 1), dtype=bool))[0, 0] > 0.4
