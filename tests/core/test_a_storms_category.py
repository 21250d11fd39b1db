"""A storm's category ("made landfall as a Category 4 storm") is a reading on the hurricane
scale: two articles rating the one landfall differently disagree, whether the model tagged the
words as a group of people, a law or nothing at all. The same category told as a hurricane or a
storm, in digits or in words, agrees; an earlier peak beside the landfall's category is no
conflict with the landfall's."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_two_categories_for_one_landfall_conflict() -> None:
    report = compare_texts(
        "Hurricane Maria made landfall as a Category 4 storm.",
        "Hurricane Maria made landfall as a Category 2 storm.",
    )
    assert conflict_texts(report) == [({"4"}, {"2"})]


def test_one_category_told_of_a_hurricane_and_of_a_storm_agrees() -> None:
    report = compare_texts(
        "Hurricane Maria made landfall as a Category 4 storm.",
        "Maria came ashore as a Category 4 hurricane.",
    )
    assert conflict_texts(report) == []


def test_a_category_in_words_is_the_category_in_digits() -> None:
    report = compare_texts(
        "Irma strengthened into a category three hurricane.",
        "Irma became a Category 2 storm.",
    )
    assert conflict_texts(report) == [({"three"}, {"2"})]


def test_an_earlier_peak_is_no_conflict_with_the_landfall() -> None:
    report = compare_texts(
        "Irma, once a Category 5 hurricane, hit Florida on Sunday as a Category 4 storm.",
        "Irma hit Florida on Sunday as a Category 4 storm.",
    )
    assert conflict_texts(report) == []
