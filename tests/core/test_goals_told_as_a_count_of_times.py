"""A scorer's goals told as a count of times: "scored twice" is "scored two goals", and "scored
four times" is no account of "scored three goals"."""

from tests.factories import compare_texts, conflict_texts, yellow


def test_scored_twice_agrees_with_scored_two_goals() -> None:
    report = compare_texts("Messi scored twice on Sunday.", "Messi scored two goals on Sunday.")
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_scored_twice_against_scored_three_goals_is_a_conflict() -> None:
    report = compare_texts("Messi scored twice on Sunday.", "Messi scored three goals on Sunday.")
    assert conflict_texts(report) == [({"twice"}, {"three"})]


def test_scored_four_times_against_three_goals_is_a_conflict() -> None:
    report = compare_texts(
        "The Rangers scored three goals in the second period.",
        "The Rangers scored four times in the second period.",
    )
    assert conflict_texts(report) == [({"three"}, {"four times"})]


def test_a_count_of_shots_fired_is_no_count_of_goals() -> None:
    report = compare_texts(
        "He was shot twice in the chest on Sunday.", "He scored two goals on Sunday."
    )
    assert conflict_texts(report) == []


def test_scored_twice_agrees_with_netted_two_goals() -> None:
    report = compare_texts("Saka scored twice on Saturday.", "Saka netted two goals on Saturday.")
    assert conflict_texts(report) == []
    assert yellow(report) == []
