"""A weight in tons and the same weight in tonnes or metric tons ("2,000 tonnes of oil" / "two
thousand tons of oil") is one weight: news copy writes "tons" for metric tons as often as for
short or long ones. A weight far from it ("3,000 tons") still conflicts."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from tests.factories import compare_texts, conflict_texts


def test_metric_tons_are_tonnes() -> None:
    assert parse_number("2,000 metric tons") == parse_number("2,000 tonnes")


def test_two_thousand_tons_of_oil_are_two_thousand_tonnes() -> None:
    report = compare_texts(
        "The ship was carrying 2,000 tonnes of oil.",
        "The ship was carrying two thousand tons of oil.",
    )
    assert conflict_texts(report) == []


def test_metric_tons_agree_with_tonnes() -> None:
    report = compare_texts(
        "The ship was carrying 2,000 metric tons of oil.",
        "The ship was carrying 2,000 tonnes of oil.",
    )
    assert conflict_texts(report) == []


def test_three_thousand_tons_are_not_two_thousand_tonnes() -> None:
    report = compare_texts(
        "The ship was carrying 2,000 tonnes of oil.",
        "The ship was carrying 3,000 tons of oil.",
    )
    assert conflict_texts(report) == [({"2,000 tonnes"}, {"3,000 tons"})]


def test_about_so_many_tonnes_are_some_so_many_tons() -> None:
    report = compare_texts(
        "About 2,750 tonnes of ammonium nitrate exploded in the port.",
        "Some 2,750 tons of ammonium nitrate blew up in the port.",
    )
    assert conflict_texts(report) == []


def test_about_three_thousand_tons_are_not_about_two_thousand_tonnes() -> None:
    report = compare_texts(
        "About 2,000 tonnes of ammonium nitrate exploded in the port.",
        "Some 3,000 tons of ammonium nitrate blew up in the port.",
    )
    assert conflict_texts(report) == [({"About 2,000 tonnes"}, {"Some 3,000 tons"})]
