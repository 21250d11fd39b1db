"""A vague count of one order ("several thousand", "a few hundred", "several dozen") is several
of that order, not the bare "thousand": it agrees with a figure it holds ("about 5,000", "300")
and still conflicts with one of another order."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from tests.factories import compare_texts, conflict_texts


def test_several_thousand_is_three_to_nine_thousand() -> None:
    value = parse_number("several thousand")
    assert value is not None and (value.low, value.high) == (3000, 9999)


def test_a_crowd_of_about_five_thousand_is_several_thousand() -> None:
    report = compare_texts(
        "The rally drew a crowd of about 5,000 in the city centre.",
        "Several thousand people rallied in the city centre.",
    )
    assert conflict_texts(report) == []


def test_three_hundred_residents_are_a_few_hundred() -> None:
    report = compare_texts(
        "The fire forced 300 residents to flee.",
        "The fire forced a few hundred residents to flee.",
    )
    assert conflict_texts(report) == []


def test_three_thousand_residents_are_not_a_few_hundred() -> None:
    report = compare_texts(
        "The fire forced 3,000 residents to flee.",
        "The fire forced a few hundred residents to flee.",
    )
    assert conflict_texts(report) == [({"3,000"}, {"a few hundred"})]


def test_a_crowd_of_fifty_thousand_is_not_several_thousand() -> None:
    report = compare_texts(
        "The rally drew a crowd of about 50,000 in the city centre.",
        "Several thousand people rallied in the city centre.",
    )
    assert conflict_texts(report) == [({"about 50,000"}, {"Several thousand"})]
