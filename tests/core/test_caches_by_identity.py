"""What an article keeps for a table or for the other article is found again by that very
object, never by ``id()``: a table or an article made later, however alike, gets its own."""

from __future__ import annotations

import numpy as np

from desktop.core.alignment.align import meaning_scores, sentence_vectors
from desktop.core.alignment.embed import EmbeddingTable
from desktop.core.extraction.extract import Analysis
from desktop.core.model import Document, Sentence


def _article(text: str) -> Analysis:
    spans = [Sentence(0, len(text))]
    return Analysis(
        document=Document(source="a.txt", text=text),
        sentences=spans,
        sentence_words=[[]],
        sentence_tokens=[[]],
        facts=[],
        reference_date=None,
    )


def _table(weight: int) -> EmbeddingTable:
    words = ["police", "bakery"]
    rows = np.array([[weight, 0], [0, 100]], dtype=np.int8)
    return EmbeddingTable({w: i for i, w in enumerate(words)}, rows, np.full(2, 0.01, np.float32))


def test_the_meaning_of_a_pair_is_computed_once_per_table_and_other_article() -> None:
    left, right = _article("police police"), _article("police bakery")
    table = _table(100)
    scores = meaning_scores(left, right, table)
    assert meaning_scores(left, right, table) is scores, "kept for the same table and article"
    other_article = _article("police bakery")
    assert meaning_scores(left, other_article, table) is not scores
    assert meaning_scores(left, right, _table(100)) is not scores, "an alike table is another"


def test_an_articles_sentence_vectors_follow_the_table_they_were_read_with() -> None:
    article = _article("police")
    strong, weak = _table(100), _table(-100)
    assert sentence_vectors(article, strong)[0][0] > 0
    assert sentence_vectors(article, weak)[0][0] < 0, "the second table's own reading"
    assert sentence_vectors(article, strong) is sentence_vectors(article, strong)


def test_a_table_made_after_another_was_dropped_is_read_anew() -> None:
    # The first table is dropped at once, and the second may be given its id(): it must not be
    # served the first one's vectors.
    article = _article("police")
    readings = [sentence_vectors(article, _table(weight))[0][0] for weight in (100, -100)]
    assert readings[0] > 0 > readings[1]
