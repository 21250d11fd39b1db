"""A reader takes "he", "she" and "the gunman" for a person the article has just named; the
engine does the same inside one article (``naming/reference.py``), and leaves the word alone
when two people fit."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document
from desktop.core.naming.reference import references


def _analysis(text: str) -> Analysis:
    nlp = load_pipeline().nlp
    docs = [
        Document(source="a.txt", text=text),
        Document(source="b.txt", text="Other\n\nNo one.\n"),
    ]
    parsed = list(nlp.pipe([nlp_view(d.text) for d in docs]))
    return analyse(docs, parsed)[0]


def _resolved(text: str) -> dict[str, str]:
    """Each resolved word's text -> the person it stands for."""
    analysis = _analysis(text)
    return {text[r.start : r.end]: r.person for r in references(analysis)}


def test_he_after_naming_the_man_is_that_man() -> None:
    found = _resolved(
        "Arrest\n\nPolice arrested David Moreno on Monday. He was charged with robbery.\n"
    )
    assert found == {"He": "person:moreno"}, found


def test_he_after_naming_two_men_stays_unresolved() -> None:
    found = _resolved(
        "Arrest\n\nPolice arrested David Moreno and Peter Walsh on Monday. He was charged with "
        "robbery.\n"
    )
    assert "He" not in found, found


def test_she_is_the_woman_a_title_names_not_the_man_beside_her() -> None:
    found = _resolved(
        "Court\n\nMrs. Helen Ortiz testified against Mr. Paul Grant on Tuesday. She said the "
        "money was gone.\n"
    )
    assert found.get("She") == "person:ortiz", found


def test_she_with_two_women_named_stays_unresolved() -> None:
    found = _resolved(
        "Court\n\nMrs. Helen Ortiz testified against Mrs. Rosa Grant on Tuesday. She said the "
        "money was gone.\n"
    )
    assert "She" not in found, found


def test_he_three_sentences_after_the_name_follows_the_chain_of_pronouns() -> None:
    found = _analysis(
        "Arrest\n\nPolice arrested David Moreno on Monday. He was charged with robbery. He "
        "was held on bail.\n"
    )
    assert [r.person for r in references(found)] == ["person:moreno", "person:moreno"]


def test_he_with_no_person_named_just_before_stays_unresolved() -> None:
    found = _resolved(
        "Arrest\n\nPolice arrested David Moreno on Monday. The store was closed for the day. "
        "He was charged with robbery.\n"
    )
    assert "He" not in found, found


def test_the_gunman_is_the_man_the_article_called_the_gunman() -> None:
    found = _resolved(
        "Shooting\n\nPolice named Carl Benton, the gunman, on Friday. Witnesses said the "
        "gunman fired twice.\n"
    )
    assert found.get("gunman") == "person:benton", found


def test_the_gunman_never_tied_to_a_name_stays_unresolved() -> None:
    found = _resolved(
        "Shooting\n\nPolice named Carl Benton, a witness, on Friday. Witnesses said the "
        "gunman fired twice.\n"
    )
    assert "gunman" not in found, found


def test_the_45_year_old_is_the_man_named_with_that_age() -> None:
    found = _resolved(
        "Arrest\n\nCarl Benton, 45, was arrested on Friday. The 45-year-old was held without "
        "bail.\n"
    )
    assert found.get("The 45-year-old") == "person:benton", found


def test_an_age_no_named_person_was_given_stays_unresolved() -> None:
    found = _resolved(
        "Arrest\n\nCarl Benton, 45, was arrested on Friday. The 32-year-old was held without "
        "bail.\n"
    )
    assert not found, found
