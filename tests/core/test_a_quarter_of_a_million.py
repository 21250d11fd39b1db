"""A fraction of a word of magnitude ("a quarter of a million people", "half a billion euros") is
one figure, 250,000 or 500 million, not the bare "million" the model tags apart: it agrees with
the same figure in digits and conflicts with another."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from tests.factories import compare_texts, conflict_texts, yellow


def test_three_quarters_of_a_billion_dollars_is_750_million() -> None:
    value = parse_number("three quarters of a billion dollars")
    assert value is not None and (value.low, value.dimension) == (750_000_000, "usd")


def test_a_quarter_of_a_million_people_are_250000_people() -> None:
    report = compare_texts(
        "A quarter of a million people fled the fighting.", "250,000 people fled the fighting."
    )
    assert conflict_texts(report) == []


def test_a_fine_of_half_a_billion_euros_is_500_million_euros() -> None:
    report = compare_texts(
        "The company was fined 500 million euros by the European Commission.",
        "The European Commission fined the company half a billion euros.",
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_a_quarter_of_a_million_people_are_not_500000_people() -> None:
    report = compare_texts(
        "A quarter of a million people fled the fighting.", "500,000 people fled the fighting."
    )
    assert conflict_texts(report) == [({"A quarter of a million"}, {"500,000"})]
