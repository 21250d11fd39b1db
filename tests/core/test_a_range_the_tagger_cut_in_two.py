"""A range the tagger cut in two ("Between 5 and 7 inches" tagged "Between 5" and "7 inches",
"five to seven" read as twelve) is read as the whole range: it agrees with a figure inside it
and still conflicts with one outside it. "From 5 to 7" stays a change, never a range."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from tests.factories import agreed_texts, compare_stories, conflict_texts


def _rain(amount: str) -> str:
    return (
        f"Storm floods valley\n\n{amount} of rain fell overnight on the valley, forecasters said."
    )


def test_between_5_and_7_inches_of_rain_agrees_with_about_six_inches() -> None:
    report = compare_stories(_rain("Between 5 and 7 inches"), _rain("About six inches"))
    assert not conflict_texts(report)
    assert ({"Between 5 and 7 inches"}, {"About six inches"}) in agreed_texts(report)


def test_5_to_7_inches_of_rain_agrees_with_six_inches() -> None:
    report = compare_stories(_rain("Some 5 to 7 inches"), _rain("Six inches"))
    assert not conflict_texts(report)


def test_between_5_and_7_inches_of_rain_still_conflicts_with_about_ten_inches() -> None:
    report = compare_stories(_rain("Between 5 and 7 inches"), _rain("About 10 inches"))
    assert ({"Between 5 and 7 inches"}, {"About 10 inches"}) in conflict_texts(report)


def test_five_and_seven_are_two_ends_of_a_range_and_two_hundred_and_five_one_figure() -> None:
    between = parse_number("between five and seven inches")
    assert between is not None and between.bound == "range"
    one = parse_number("two hundred and five")
    assert one is not None and one.low == one.high == 205
