"""Stories: a long article is read by the parser two pieces at a time (cheaper than one by one),
and each piece reads exactly as it would alone, so batching changes no finding."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, SENT_START, TAG

from desktop.core import compare
from desktop.core.extraction.pipeline import load_pipeline

_STORY = (
    "Police said 12 people were killed and about 40 injured on Monday in Springfield.\n\n"
    "The 47-year-old driver, Ivan Petrov, told reporters he had not seen the bus.\n\n"
    "Rescuers worked through the night; the mayor's office didn't confirm the toll.\n\n"
    "Mayor Ann Hale said on Tuesday that the bridge would stay closed until March."
)
_READING = [TAG, POS, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE, SENT_START]


class _CountingPipeline:
    """The real pipeline, noting the batch size each ``pipe`` call asks for."""

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        self.batch_sizes: list[int] = []

    def pipe(self, texts: Any, batch_size: int) -> Any:
        self.batch_sizes.append(batch_size)
        return self._nlp.pipe(texts, batch_size=batch_size)


def _in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = compare.chunks
    monkeypatch.setattr(compare, "chunks", lambda text: whole(text, 100))


def test_a_long_articles_pieces_go_to_the_parser_two_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _in_pieces(monkeypatch)
    assert len(compare.chunks(_STORY)) >= 4
    nlp = _CountingPipeline(load_pipeline().nlp)
    compare._parse([_STORY], nlp, None, None)
    assert nlp.batch_sizes == [2]


def test_pieces_read_in_pairs_read_as_each_would_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    _in_pieces(monkeypatch)
    nlp = load_pipeline().nlp
    (paired,) = compare._parse([_STORY], nlp, None, None)
    monkeypatch.setattr(compare, "PARSE_BATCH", 1)
    (alone,) = compare._parse([_STORY], nlp, None, None)
    assert (paired.to_array(_READING) == alone.to_array(_READING)).all()
    assert [e.text for e in paired.ents] == [e.text for e in alone.ents]
