"""A rank written as a number after "No" ("the No 3 seed") names the place the ordinal does
("seeded third"): told, not yellow; a different number stays yellow."""

from tests.factories import compare_texts, yellow


def test_the_number_three_seed_is_told_by_seeded_third() -> None:
    report = compare_texts(
        "The tennis star was seeded third.", "The tennis star was the No 3 seed."
    )
    assert yellow(report) == []


def test_the_number_five_seed_is_not_told_by_seeded_third() -> None:
    report = compare_texts(
        "The tennis star was seeded third.", "The tennis star was the No 5 seed."
    )
    assert yellow(report) == ["5"]
