"""An office named by its title is no person: "the state's Fire Marshal's office" in one article
and "State Fire Marshall Tom Reed" in the other name one office and its holder, so no conflict of
two names for one person. Two people named as the fire marshal still conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT = (
    "Fire destroyed a vacant hotel in Palmer early Tuesday.\n\n"
    "The state's Fire Marshal's office is assisting in the investigation of the cause of the "
    "fire, and anyone who saw the fire is asked to call police."
)
RIGHT = (
    "A vacant hotel in Palmer burned down early Tuesday.\n\n"
    "State Fire Marshall Tom Reed surveyed the scene Tuesday afternoon to help find the cause of "
    "the fire."
)


def test_a_fire_marshals_office_is_no_person_set_against_the_marshal() -> None:
    assert conflict_texts(compare_texts(LEFT, RIGHT)) == []


def test_two_people_named_as_the_fire_marshal_still_conflict() -> None:
    left = LEFT.replace(
        "The state's Fire Marshal's office is assisting in the investigation of the cause of the "
        "fire, and anyone who saw the fire is asked to call police.",
        "State Fire Marshall Dan Cole surveyed the scene Tuesday afternoon to help find the cause "
        "of the fire.",
    )
    assert conflict_texts(compare_texts(left, RIGHT)) == [
        ({"Fire Marshall Dan Cole"}, {"Fire Marshall Tom Reed"})
    ]
