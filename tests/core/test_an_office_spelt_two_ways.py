"""An office named by its title and spelt two ways ("the state's Fire Marshal's office" / "The
State Fire Marshall's office") is no person whose name one article has wrong: no conflict. A
person's surname spelt two ways ("Fire chief Tom Marshal" / "Fire chief Tom Marshall") still is."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT = (
    "Fire destroyed a vacant hotel in Palmer early Tuesday.\n\n"
    "The state's Fire Marshal's office is assisting in the investigation of the cause of the fire."
)
RIGHT = (
    "A vacant hotel in Palmer burned down early Tuesday.\n\n"
    "The State Fire Marshall's office is helping investigate the fire."
)


def test_a_fire_marshals_office_spelt_two_ways_is_no_misspelt_person() -> None:
    assert conflict_texts(compare_texts(LEFT, RIGHT)) == []


def test_a_fire_chiefs_surname_spelt_two_ways_is_still_a_conflict() -> None:
    left = LEFT.replace(
        "The state's Fire Marshal's office is assisting in the investigation of the cause of the "
        "fire.",
        "Fire chief Tom Marshal said the cause is under investigation.",
    )
    right = RIGHT.replace(
        "The State Fire Marshall's office is helping investigate the fire.",
        "Fire chief Tom Marshall said the cause was not yet known.",
    )
    assert ({"Tom Marshal"}, {"Tom Marshall"}) in conflict_texts(compare_texts(left, right))
