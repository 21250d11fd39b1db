"""A place written before an office and a person's name says whose office he holds, not where
the story happens: "Los Angeles general manager Ray Dunne has said re-signing Tom Marks is his top
priority" does not open the story in California, so it does not clash with "an offer ... during
the winter meetings in Las Vegas". An opening set "In Los Angeles" still places the story there."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, place_conflicts

_LEFT = (
    "Angels bid for Marks\n\n"
    "{} Ray Dunne has said re-signing first baseman Tom Marks is his top priority, and backed "
    "that up with an eight-year offer worth $160 million."
)
_RIGHT = (
    "Angels offer Marks eight years\n\n"
    "The Los Angeles Angels made an eight-year offer to first baseman Tom Marks during the winter "
    "meetings in Las Vegas."
)


def test_the_general_managers_city_is_not_where_the_story_happens() -> None:
    left = _LEFT.format("Los Angeles general manager")
    assert place_conflicts(compare_texts(left, _RIGHT)) == []


@pytest.mark.parametrize("opening", ["In Los Angeles, general manager"])
def test_an_opening_set_in_the_city_still_clashes(opening: str) -> None:
    found = place_conflicts(compare_texts(_LEFT.format(opening), _RIGHT))
    assert ({"Los Angeles"}, {"Las Vegas"}) in found, found
