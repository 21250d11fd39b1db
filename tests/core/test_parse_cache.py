"""The parse is read once per article: the kept lists and text answer exactly what spaCy's own
Token and Doc objects answer, so reading them faster changes no finding."""

from __future__ import annotations

import gc
import weakref

import pytest

from desktop.core import compare
from desktop.core.extraction.parse_cache import (
    inner_words,
    parsed_entities,
    parsed_text,
    release,
    token_rows,
)
from desktop.core.extraction.pipeline import load_pipeline

_STORY = (
    "Police said 12 people were killed and about 40 injured on Monday in Springfield.\n\n"
    "The 47-year-old driver, Ivan Petrov, told reporters he had not seen the bus.\n\n"
    "Rescuers worked through the night; the mayor's office didn't confirm the toll."
)


def test_each_words_kept_attributes_are_what_the_parser_says_of_it() -> None:
    doc = load_pipeline().nlp(_STORY)
    rows = token_rows(doc)
    for tok in doc:
        kept = (
            rows.idx[tok.i],
            rows.end[tok.i],
            rows.lower[tok.i],
            rows.lemma[tok.i],
            rows.pos[tok.i],
            rows.like_num[tok.i],
            rows.is_stop[tok.i],
            rows.is_punct[tok.i],
            rows.is_space[tok.i],
        )
        said = (
            tok.idx,
            tok.idx + len(tok.text),
            tok.lower_,
            tok.lemma_,
            tok.pos_,
            tok.like_num,
            tok.is_stop,
            tok.is_punct,
            tok.is_space,
        )
        assert kept == said, tok.text


def test_the_words_kept_as_written_inside_a_sentence_are_those_no_sentence_opens_with() -> None:
    doc = load_pipeline().nlp(_STORY)
    said = frozenset(t.text for t in doc if t.i != t.sent.start)
    assert inner_words(doc) == said
    assert "Police" not in said and "Rescuers" not in said  # each opens its sentence only
    assert "Ivan" in said


def test_an_article_read_in_pieces_keeps_the_text_spacy_would_join_from_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Pieces of at most 100 characters: the article is parsed in several and joined into one doc.
    whole = compare.chunks
    monkeypatch.setattr(compare, "chunks", lambda text: whole(text, 100))
    assert len(compare.chunks(_STORY)) > 1
    (doc,) = compare._parse([_STORY], load_pipeline().nlp, None, None)
    assert parsed_text(doc) == doc.text == _STORY


def test_an_empty_text_has_no_rows() -> None:
    doc = load_pipeline().nlp("")
    assert token_rows(doc).lower == []


def test_a_released_parse_is_freed_as_soon_as_nothing_holds_it() -> None:
    # The kept entities refer back to their Doc: unreleased, only a sweep of the garbage
    # collector frees a long article's parse, and a comparison holds those sweeps back.
    doc = load_pipeline().nlp(_STORY)
    assert parsed_entities(doc)  # kept on the Doc, as the passes keep them
    token_rows(doc)
    gone = weakref.ref(doc)
    release(doc)
    collecting = gc.isenabled()
    gc.disable()
    try:
        del doc
        assert gone() is None
    finally:
        if collecting:
            gc.enable()


def test_an_unreleased_parse_waits_for_the_collector() -> None:
    # The twin: the cycle is real, so the release above is what frees the parse.
    doc = load_pipeline().nlp(_STORY)
    assert parsed_entities(doc)
    gone = weakref.ref(doc)
    collecting = gc.isenabled()
    gc.disable()
    try:
        del doc
        assert gone() is not None
    finally:
        if collecting:
            gc.enable()
    gc.collect()
    assert gone() is None
