"""Counts in words the tagger reads as something else: a number word opening a sentence taken
for an adjective ("Eleven skiers were buried"), and a scale word after "a" ("Over a thousand
homes were destroyed"). Each counts its noun as the digits would, so it agrees with the same
count told in digits, and another count still conflicts."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow


def test_eleven_skiers_opening_a_sentence_are_the_11_buried() -> None:
    report = compare_texts(
        "The avalanche buried 11 skiers.", "Eleven skiers were buried by the avalanche."
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_twelve_skiers_opening_a_sentence_are_not_11() -> None:
    report = compare_texts(
        "The avalanche buried 11 skiers.", "Twelve skiers were buried by the avalanche."
    )
    assert conflict_texts(report) == [({"11"}, {"Twelve"})]


def test_over_a_thousand_homes_are_more_than_1000() -> None:
    report = compare_texts(
        "The fire destroyed more than 1,000 homes.",
        "Over a thousand homes were destroyed by the fire.",
    )
    assert yellow(report) == []


def test_a_hundred_homes_are_not_more_than_1000() -> None:
    report = compare_texts(
        "The fire destroyed more than 1,000 homes.",
        "A hundred homes were destroyed by the fire.",
    )
    assert conflict_texts(report) == [({"more than 1,000"}, {"A hundred"})]
