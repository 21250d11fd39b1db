"""A name ending in the works of a trade ("Knik Creamery") names a firm, and one ending in
"Colony" names a settlement: neither is a person, so a creamery named in one article and a
colony in the other are no two names for one person. Two people's names still conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT = (
    "Former creamery manager indicted in Palmer\n\n"
    "A 57-year-old Wasilla woman has been indicted by a federal grand jury on charges she cheated "
    "the state during the operation of the now-defunct Knik Creamery.\n\n"
    "The Knik Maid Creamery closed in 2007 after the state sold it, and its manager ran the Knik "
    "Creamery for a year."
)
RIGHT = (
    "Fire destroys historic warehouse in Palmer\n\n"
    "Warehouse was one of the last original buildings remaining from the Knik Colony\n\n"
    "The Knik Colony was settled in 1935 by federal farmers, and the Knik Colony warehouse "
    "stored their crops."
)


def test_a_creamery_and_a_colony_are_no_two_names_for_one_person() -> None:
    assert conflict_texts(compare_texts(LEFT, RIGHT)) == []


def test_two_people_in_the_same_role_still_conflict() -> None:
    left = LEFT.replace("the now-defunct Knik Creamery", "the manager Ann Moller")
    right = RIGHT.replace("remaining from the Knik Colony", "remaining from the farm of Ann Muller")
    assert conflict_texts(compare_texts(left, right)) == [({"Ann Moller"}, {"Ann Muller"})]
