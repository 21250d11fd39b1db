"""The paragraph component's sentence marks are written in one go: a headline's line break
still opens a sentence and a title's full stop still does not end one, as when each token was
marked in turn."""

from __future__ import annotations

import pytest
import spacy

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.extraction.sentence_marks import write_sentence_marks


def test_marks_open_and_continue_sentences_as_the_setter_did() -> None:
    doc = spacy.blank("en")("Storm closes schools\nClasses resume on Monday, officials said.")
    write_sentence_marks(doc, {4: True, 5: False})

    assert doc[4].is_sent_start is True
    assert doc[5].is_sent_start is False
    assert doc[1].is_sent_start is None  # an unmarked word is left to the parser


def test_a_line_break_opens_a_sentence_in_the_real_pipeline() -> None:
    text = "Storm closes schools\nClasses resume on Monday after the storm, officials said."
    doc = load_pipeline().nlp(text)

    assert [s.text.strip() for s in doc.sents] == [
        "Storm closes schools",
        "Classes resume on Monday after the storm, officials said.",
    ]


def test_a_title_stop_inside_a_quote_attribution_keeps_the_sentence_whole() -> None:
    text = "The fire spread overnight, said Lt. Ann Hale of the county fire service."
    doc = load_pipeline().nlp(text)

    assert [s.text for s in doc.sents] == [text]


def test_a_parsed_doc_refuses_new_marks_as_spacy_does() -> None:
    doc = load_pipeline().nlp("The council met on Tuesday.")

    with pytest.raises(ValueError):
        write_sentence_marks(doc, {1: True})


def test_no_marks_leave_a_parsed_doc_alone() -> None:
    doc = load_pipeline().nlp("The council met on Tuesday.")
    write_sentence_marks(doc, {})

    assert [s.text for s in doc.sents] == ["The council met on Tuesday."]
