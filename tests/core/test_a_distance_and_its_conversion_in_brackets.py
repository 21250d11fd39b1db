"""A distance and its conversion in brackets ("62 miles (100 km) off the coast") are one figure:
when the other article gives the converted figure ("100 kilometres offshore") and the two agree,
the figure before the brackets is no fact the other article leaves out. An article that gives no
distance at all still leaves it one-sided."""

from __future__ import annotations

from tests.factories import compare_texts, yellow


def test_62_miles_with_100_km_in_brackets_are_told_by_100_kilometres() -> None:
    report = compare_texts(
        "The quake struck 62 miles (100 km) off the coast.",
        "The epicentre was 100 kilometres offshore.",
    )
    assert yellow(report) == []


def test_62_miles_with_100_km_in_brackets_stay_one_sided_when_no_distance_is_told() -> None:
    report = compare_texts(
        "The quake struck 62 miles (100 km) off the coast on Monday.",
        "The quake struck on Monday.",
    )
    assert yellow(report) == ["62 miles"]
