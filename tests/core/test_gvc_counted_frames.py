"""A count framed by "a total of" is a count of what its own verb says: "Four people were
injured, but a total of 16 people were involved in the incident" gives four injured and sixteen
involved, so it does not contradict another article's four injured; "a total of 12 people were
injured" against "a total of 16 people were injured" still does.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted


def test_sixteen_people_involved_are_not_sixteen_injured() -> None:
    left = (
        "Four people were injured in a shooting after a dispute in Dayton on Saturday. Four "
        "people were shot and taken to an area hospital."
    )
    right = (
        "Police responded to a shooting in Dayton on Saturday. Four people were injured, but a "
        "total of 16 people were involved in the incident."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_a_total_of_sixteen_injured_still_conflicts_with_a_total_of_twelve() -> None:
    left = "A total of 16 people were injured in a shooting in Dayton on Saturday."
    right = "A total of 12 people were injured in a shooting in Dayton on Saturday."
    found = conflicts(compare(left, right))
    assert ({"16"}, {"12"}) in quoted(found), quoted(found)


def test_seven_people_shot_are_not_five_wounded_people() -> None:
    left = "Police now say a total of seven people were shot at a park on Thursday afternoon."
    right = "Witnesses said one of the five wounded people was also shot by the gunman."
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_two_men_shot_and_pronounced_dead_are_the_dead_not_all_five_shot() -> None:
    left = "Five people were shot in a South Side shooting early Monday morning, police said."
    right = (
        "Two men, 25 and 30, were shot in their heads and pronounced dead after being brought "
        "to area hospitals, police said."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_two_shot_and_pronounced_dead_still_conflicts_with_three_shot_and_pronounced_dead() -> None:
    left = "Three men were shot and pronounced dead at a hospital on Monday, police said."
    right = "Two men were shot and pronounced dead at a hospital on Monday, police said."
    found = conflicts(compare(left, right))
    assert ({"Three"}, {"Two"}) in quoted(found), quoted(found)


def test_she_and_7_family_members_are_the_8_member_family() -> None:
    left = (
        "Texas woman texted plea for help before 8-member family shot\n\n"
        "A woman and her family were found shot in a home in Spring."
    )
    right = (
        "Texas woman texted her mother with plea for help before she and 7 family members "
        "fatally shot\n\nA woman and her family were found shot in a home in Spring."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_she_and_7_family_members_still_conflict_with_she_and_5_family_members() -> None:
    left = "Police said she and 5 family members were fatally shot in a home in Spring on Monday."
    right = "Police said she and 7 family members were fatally shot in a home in Spring on Monday."
    found = conflicts(compare(left, right))
    assert ({"5"}, {"7"}) in quoted(found), quoted(found)
