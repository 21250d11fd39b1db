"""Whose figure it is does not hang on the tagger's word class: in "Thomas caught 39 passes" the
figure's noun fills the object's place, so it is a noun even when the tagger calls "passes" a
verb, and the figure is Thomas's. A figure whose clause has another subject stays unowned by him."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from desktop.core.figures.owners.figure_subjects import named_subject


def _doc(pos_of_passes: str) -> Doc:
    nlp = spacy.blank("en")
    return Doc(
        nlp.vocab,
        words=["Thomas", "caught", "39", "passes", "."],
        pos=["PROPN", "VERB", "NUM", pos_of_passes, "PUNCT"],
        deps=["nsubj", "ROOT", "nummod", "dobj", "punct"],
        heads=[1, 1, 3, 1, 1],
        ents=["B-PERSON", "O", "O", "O", "O"],
    )


def test_the_catcher_owns_his_catches_whatever_the_tag_of_passes() -> None:
    for pos in ("NOUN", "VERB"):
        doc = _doc(pos)
        assert named_subject(doc[2:3]) == "thomas", pos


def test_a_figure_in_a_clause_with_no_named_subject_is_nobodys() -> None:
    nlp = spacy.blank("en")
    doc = Doc(
        nlp.vocab,
        words=["The", "team", "caught", "39", "passes", "."],
        pos=["DET", "NOUN", "VERB", "NUM", "VERB", "PUNCT"],
        deps=["det", "nsubj", "ROOT", "nummod", "dobj", "punct"],
        heads=[1, 2, 2, 4, 2, 2],
    )
    assert named_subject(doc[3:4]) == ""
