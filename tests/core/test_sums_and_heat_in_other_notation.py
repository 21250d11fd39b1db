"""Sums and temperatures written in another notation are the same figure: "$1.5m" is "$1.5
million", "£2bn" is "2 billion pounds" (sterling, not a weight), "40C" is "104F"."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from tests.factories import compare_stories, conflict_texts, yellow


def test_a_sum_with_its_scale_glued_on_is_the_same_sum_written_out() -> None:
    report = compare_stories(
        "Transfer\n\nThe club paid $1.5m for the striker, its chairman said.\n",
        "Transfer\n\nThe club paid $1.5 million for the striker, its chairman said.\n",
    )
    assert yellow(report) == [] and conflict_texts(report) == []


def test_two_billion_pounds_is_sterling_when_it_is_a_sum() -> None:
    report = compare_stories(
        "Rail plan\n\nThe scheme cost £2bn, the report said.\n",
        "Rail plan\n\nThe scheme cost 2 billion pounds, the report said.\n",
    )
    assert yellow(report) == [] and conflict_texts(report) == []


def test_forty_celsius_and_a_hundred_and_four_fahrenheit_are_one_heat() -> None:
    assert parse_number("104F") == parse_number("40 degrees Celsius")
    report = compare_stories(
        "Heatwave\n\nTemperatures hit 40C in Seville on Monday.\n",
        "Heatwave\n\nTemperatures hit 104F in Seville on Monday.\n",
    )
    assert conflict_texts(report) == []


def test_a_hotter_day_is_still_a_conflict() -> None:
    report = compare_stories(
        "Heatwave\n\nTemperatures hit 40C in Seville on Monday.\n",
        "Heatwave\n\nTemperatures hit 45C in Seville on Monday.\n",
    )
    assert ({"40C"}, {"45C"}) in conflict_texts(report)
