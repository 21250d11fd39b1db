"""The term a prosecutor asks for is not the term the judge hands down: "prosecutors are seeking
a sentence of 12 years" and "the judge sentenced him to nine years" can both be true, so they are
no conflict; two sentences handed down still clash."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_a_term_sought_is_not_set_against_the_term_given() -> None:
    report = compare_texts(
        "Prosecutors are seeking a sentence of 12 years.", "The judge sentenced him to 9 years."
    )
    assert conflict_texts(report) == []


def test_a_term_recommended_is_not_set_against_the_term_given() -> None:
    report = compare_texts(
        "Prosecutors recommended a 12-year sentence.", "He was sentenced to nine years."
    )
    assert conflict_texts(report) == []


def test_two_terms_handed_down_still_clash() -> None:
    report = compare_texts("He was sentenced to 12 years.", "The judge sentenced him to 9 years.")
    assert ({"12 years"}, {"9 years"}) in conflict_texts(report)
