"""One article says the riots spread to Tottenham, the other to London, in the same sentence:
Tottenham is a district London dwarfs, so the two tell one scene at two precisions, never a conflict
(in a passage reprinted word for word, a changed town stays an edit to show). Oakland and San
Francisco, two cities of a size side by side, stay two places (hand-written texts)."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, conflict_texts


def _report(left_place: str, right_place: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(
        compare_stories(
            f"Unrest\n\nThe riots spread to {left_place} on Sunday night, police said.\n",
            f"Riots\n\nThe riots spread to {right_place} on Sunday night, police said.\n",
        )
    )


@pytest.mark.parametrize(
    ("district", "city"), [("Tottenham", "London"), ("Hollywood", "Los Angeles")]
)
def test_a_district_and_the_city_that_dwarfs_it_are_one_scene(district: str, city: str) -> None:
    assert ({district}, {city}) not in _report(district, city)


def test_two_cities_side_by_side_stay_two_places() -> None:
    assert ({"Oakland"}, {"San Francisco"}) in _report("Oakland", "San Francisco")
