"""A list written with a comma before its last "and" ("Facebook, Flickr, and MySpace") joins
items, not two statements: the sentence is not cut there, so the listed sites and what follows
them are never marked as "a clause the other article does not tell" on their own. A comma and
"and" after a stretch long enough to be a clause still join two statements."""

from __future__ import annotations

from desktop.core.extraction.extract import analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.sentences.clauses import clauses
from desktop.core.model import Document


def _clause_texts(sentence: str) -> list[str]:
    doc = Document(source="left.txt", text=sentence)
    nlp = load_pipeline().nlp
    (analysis,) = analyse([doc], [nlp(nlp_view(sentence))])
    return [sentence[a:b] for a, b in clauses(analysis, 0)]


def test_the_last_item_of_a_list_is_not_cut_off_as_a_clause() -> None:
    sentence = (
        '"With easy access to Facebook, Flickr, and MySpace, the Pearl 9 helps you enjoy a busy '
        'life," said marketing chief Ann Vole.'
    )
    assert _clause_texts(sentence) == [sentence]


def test_a_clause_after_a_comma_and_is_still_cut_off() -> None:
    sentence = (
        "The Pearl 9 comes with apps for Facebook and Flickr, and its battery lasts two full "
        "days between charges."
    )
    assert _clause_texts(sentence) == [
        "The Pearl 9 comes with apps for Facebook and Flickr",
        "its battery lasts two full days between charges.",
    ]
