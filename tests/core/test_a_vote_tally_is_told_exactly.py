"""A vote, a ruling or a score written as two figures joined by a dash ("passed 68-32", "ruled
5-4") is one tally, read whole even where the model tags only its first figure or calls it a date;
it is told exactly, so "220-210" and "218-212" are a conflict, never two roundings of one vote."""

from __future__ import annotations

from desktop.core.figures.numbers.values import numbers_compatible, parse_number
from tests.factories import compare_texts, conflict_texts, yellow


def test_two_close_tallies_cannot_both_hold() -> None:
    a, b = parse_number("220-210"), parse_number("218-212")
    assert a is not None and b is not None
    assert numbers_compatible(a, b) is False


def test_a_vote_of_220_210_against_218_212_is_a_conflict() -> None:
    report = compare_texts(
        "The House voted 220-210 to approve the measure.",
        "The measure cleared the House 218-212.",
    )
    assert ({"220-210"}, {"218-212"}) in conflict_texts(report)


def test_the_same_senate_vote_agrees() -> None:
    report = compare_texts(
        "The bill passed the Senate 68-32.", "Senators approved the bill 68-32 on Tuesday."
    )
    assert conflict_texts(report) == []
    assert "68-32" not in yellow(report)


def test_another_senate_vote_is_a_conflict() -> None:
    report = compare_texts(
        "The bill passed the Senate 68-32.", "Senators approved the bill 58-42 on Tuesday."
    )
    assert ({"68-32"}, {"58-42"}) in conflict_texts(report)


def test_a_five_four_ruling_is_not_a_six_three_ruling() -> None:
    report = compare_texts(
        "The Supreme Court ruled 5-4 in favor of the state.",
        "The justices ruled 6-3 in favor of the state.",
    )
    assert ({"5-4"}, {"6-3"}) in conflict_texts(report)


def test_an_age_range_is_no_tally() -> None:
    report = compare_texts(
        "Most of the voters were aged 18-24, the poll found.",
        "Most of the voters were aged 18-24, the survey found.",
    )
    assert conflict_texts(report) == []
