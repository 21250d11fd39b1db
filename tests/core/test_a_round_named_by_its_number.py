"""A round or a stage named by a number after it ("round four", "stage 5") is ranked as "the
fourth round" ranks it: the same round agrees, another round clashes."""

from tests.factories import compare_texts, conflict_texts, yellow


def test_the_third_round_against_round_four_is_a_conflict() -> None:
    report = compare_texts("Djokovic lost in the third round.", "Djokovic went out in round four.")
    assert conflict_texts(report) == [({"third round"}, {"round four"})]


def test_the_fifth_stage_against_stage_seven_is_a_conflict() -> None:
    report = compare_texts("Pogacar won the fifth stage.", "Pogacar won stage 7.")
    assert conflict_texts(report) == [({"fifth stage"}, {"stage 7"})]


def test_the_sixth_round_and_round_six_agree() -> None:
    report = compare_texts(
        "Fury knocked out Whyte in the sixth round.",
        "Whyte was knocked out by Fury in round six.",
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_a_count_after_a_leg_is_no_rank_of_a_leg() -> None:
    report = compare_texts(
        "He was shot in the second leg of the tie.", "He was shot in the leg two times."
    )
    assert conflict_texts(report) == []
