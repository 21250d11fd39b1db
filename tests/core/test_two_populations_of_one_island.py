"""A place's population told in two sentences that speak of the same place ("Sicily island,
home to 90,000 people" / "the island, which lies off Palermo and is home to about 80,000
people") is one figure told twice, however loosely the rest of the sentences align: an estimate
that does not hold the other is a conflict that says both may be true. A place named inside the
relative clause is not the one whose population it is; the populations of two places never
meet."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "The 5.8-magnitude quake struck Sicily island, home to 90,000 people, and the city of "
    "Palermo on Monday, state media said.\n"
)
_ISLAND = (
    "Panicked families on the island, which lies off the coast from the large port city of "
    "Palermo and is home to {} people, slept outside after a second quake.\n"
)


def test_the_island_home_to_about_eighty_thousand_conflicts_with_ninety_thousand() -> None:
    report = compare_stories(_LEFT, _ISLAND.format("about 80,000"))
    assert conflict_texts(report) == [({"90,000"}, {"about 80,000"})]


def test_the_island_home_to_about_ninety_thousand_agrees() -> None:
    assert conflict_texts(compare_stories(_LEFT, _ISLAND.format("about 90,000"))) == []


def test_the_port_city_is_another_place_than_the_island() -> None:
    right = "Panicked families in Palermo, a city of 600,000 people, slept outside on Monday.\n"
    assert conflict_texts(compare_stories(_LEFT, right)) == []


def test_the_city_of_six_hundred_thousand_is_not_the_island_home_to_eighty_thousand() -> None:
    left = (
        "Helicopters flew the injured from the island to Palermo, a city of 600,000 people that "
        "was also jolted by the quake on Monday.\n"
    )
    assert conflict_texts(compare_stories(left, _ISLAND.format("about 80,000"))) == []
