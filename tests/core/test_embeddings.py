"""Reworded sentences align: the static sentence embeddings and their place in alignment."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from desktop.core.alignment import embed
from desktop.core.alignment.align import EMBEDDING_WEIGHT, align, lexical_scores, score_matrix
from desktop.core.alignment.similarity import unit_rows, weighted_sum
from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document

# Reworded agreements (issue 8) and sentences about something else.
REWORDED = [
    ("The coach had been dismissed last week.", "He was fired a week ago."),
    ("Police later caught the suspect.", "He was arrested nearby."),
    ("She kept it secret for 30 years.", "She stayed anonymous for more than three decades."),
]
UNRELATED = [
    "Heavy snow closed the mountain pass overnight.",
    "Tickets for the final went on sale on Monday.",
    "The museum reopened after a two-year renovation.",
]
# Two articles telling two facts in other words, in another order, each with a sentence of its own.
LEFT = (
    "The coach had been dismissed last week. "
    "Tickets for the final went on sale on Monday. "
    "The storm knocked out power to thousands of homes."
)
RIGHT = (
    "Thousands of households lost electricity in the storm. "
    "The museum reopened after a two-year renovation. "
    "He was fired a week ago."
)
PARAPHRASES = {(0, 2), (2, 0)}


@pytest.fixture
def table() -> embed.EmbeddingTable:
    loaded = embed.default_table()
    assert loaded is not None, "resources/embeddings is part of the app"
    return loaded


@pytest.fixture
def no_table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """A build without resources/embeddings."""
    monkeypatch.setattr(embed, "table_dir", lambda: tmp_path / "embeddings")
    embed.default_table.cache_clear()
    yield
    embed.default_table.cache_clear()


def analyses(left: str, right: str) -> tuple[Analysis, Analysis]:
    docs = [Document(source="left.txt", text=left), Document(source="right.txt", text=right)]
    nlp = load_pipeline().nlp
    parsed = list(nlp.pipe([nlp_view(d.text) for d in docs]))
    first, second = analyse(docs, parsed)
    return first, second


def cosine(table: embed.EmbeddingTable, a: str, b: str) -> float:
    vectors = table.sentence_vectors([a, b])
    return float(vectors[0] @ vectors[1])


def test_a_reworded_sentence_is_closer_in_meaning_than_an_unrelated_one(
    table: embed.EmbeddingTable,
) -> None:
    for original, reworded in REWORDED:
        closest_unrelated = max(cosine(table, original, other) for other in UNRELATED)
        assert cosine(table, original, reworded) > closest_unrelated + 0.2, original


def test_reworded_sentences_are_paired_across_the_articles_where_words_alone_miss_them() -> None:
    left, right = analyses(LEFT, RIGHT)
    scores = score_matrix(left, right, {})
    assert {(i, int(np.argmax(scores[i]))) for i in (0, 2)} == PARAPHRASES
    assert {(p.left, p.right) for p in align(scores)} == PARAPHRASES
    lexical = {(p.left, p.right) for p in align(lexical_scores(left, right, {}))}
    assert not lexical & PARAPHRASES


def test_meaning_raises_a_pair_score_and_never_lowers_it(table: embed.EmbeddingTable) -> None:
    left, right = analyses(LEFT, RIGHT)
    lexical = lexical_scores(left, right, {})
    scores = score_matrix(left, right, {})
    assert (scores >= lexical).all()
    assert (scores - lexical <= EMBEDDING_WEIGHT + 1e-6).all()


def test_a_sentence_with_no_known_word_has_no_meaning_to_compare(
    table: embed.EmbeddingTable,
) -> None:
    vectors = table.sentence_vectors(["— … —", "Пожар в Москве", "The fire spread quickly."])
    assert not vectors[0].any() and not vectors[1].any()
    assert np.isclose(np.linalg.norm(vectors[2]), 1.0, atol=1e-5)


def test_long_and_accented_words_are_spelled_in_word_pieces(
    table: embed.EmbeddingTable,
) -> None:
    pieces = table.pieces("unbelievably")
    assert len(pieces) >= 1
    assert table.sentence_vectors(["Café"])[0] @ table.sentence_vectors(["cafe"])[0] > 0.999


def test_a_one_word_text_has_the_very_vector_of_its_words_own_product(
    table: embed.EmbeddingTable,
) -> None:
    # One-piece texts (the nouns a description is matched against) are weighted in one step
    # beside the sentences: the numbers must be those of the product each text had alone.
    texts = ["victim", "The fire spread quickly.", "Gunman", "unbelievably", "police", "— —"]
    each = np.zeros((len(texts), table.dimensions), dtype=np.float64)
    for i, text in enumerate(texts):
        rows = [r for w in embed._WORD.findall(embed._fold(text)) for r in table.pieces(w)]
        if rows:
            each[i] = weighted_sum(table.scales[rows], table.vectors[rows])
    assert np.array_equal(table.sentence_vectors(texts), unit_rows(each))


def test_without_the_embedding_table_alignment_logs_once_and_still_pairs_by_words(
    no_table: None, caplog: pytest.LogCaptureFixture
) -> None:
    left, right = analyses(
        "Mayor Maria Lopez said the river rose two metres in six hours. It rained.",
        "The river rose two metres in six hours, Mayor Maria Lopez said. Roads closed.",
    )
    with caplog.at_level(logging.WARNING, logger="desktop.core.alignment.embed"):
        scores = score_matrix(left, right, {})
        score_matrix(left, right, {})
    warnings = [r for r in caplog.records if r.name == "desktop.core.alignment.embed"]
    assert len(warnings) == 1
    assert "shared words and names only" in warnings[0].getMessage()
    assert np.allclose(scores, lexical_scores(left, right, {}))
    assert (0, 0) in {(p.left, p.right) for p in align(scores)}


def test_a_damaged_table_is_treated_as_absent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    damaged = tmp_path / "embeddings"
    shutil.copytree(embed.table_dir(), damaged)
    vocab = (damaged / embed.VOCAB).read_text(encoding="utf-8").splitlines()
    (damaged / embed.VOCAB).write_text("\n".join(vocab[:-5]) + "\n", encoding="utf-8")
    monkeypatch.setattr(embed, "table_dir", lambda: damaged)
    embed.default_table.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="desktop.core.alignment.embed"):
            assert embed.default_table() is None
        assert "does not match its manifest" in caplog.text
    finally:
        embed.default_table.cache_clear()


def test_the_shipped_table_matches_its_manifest() -> None:
    directory = embed.table_dir()
    manifest = json.loads((directory / embed.MANIFEST).read_text(encoding="utf-8"))
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((directory / name).read_bytes()).hexdigest() == digest, name
    assert manifest["model"].startswith("sentence-transformers/all-MiniLM-L6-v2")
    assert manifest["script"] == "tools/distill_embeddings.py"
    table = embed.load_table(directory)
    assert table.vectors.shape == (manifest["rows"], manifest["dimensions"])
    assert table.vectors.dtype == np.int8
