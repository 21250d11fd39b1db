"""Two places of one story at two precisions, or in two roles, are not a contradiction: a street
lies in some town, and a state written after two towns says only where each lies.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted


def test_a_street_and_the_town_it_lies_in_are_one_scene() -> None:
    left = (
        "Clerk shot at store\n\n"
        "More than 20 officers searched the store in High Street, Millbrook, after the shooting "
        "on Friday."
    )
    right = (
        "Clerk shot at store\n\n"
        "More than 20 officers searched the store in Millbrook after the shooting on Friday."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_two_towns_written_with_one_state_are_not_one_place_told_twice() -> None:
    left = (
        "Inmate escapes prison van\n\n"
        "An inmate serving a life sentence escaped from a prison van on Monday, officials said. "
        "The escape happened near Baytown, Texas, about 25 miles east of Houston, the prison "
        "agency said."
    )
    right = (
        "Inmate escapes during transfer\n\n"
        "An inmate escaped on Monday while being moved between prisons, officials said. He was "
        "being taken from a prison in Huntsville to one in Beaumont, Texas, when he pulled a gun."
    )
    found = conflicts(compare(left, right))
    assert not any(f.type.name == "PLACE" for f in found), quoted(found)


def test_two_towns_in_matching_sentences_still_clash() -> None:
    left = "Clerk shot at store\n\nA store clerk was shot in Baytown on Friday, police said."
    right = "Clerk shot at store\n\nA store clerk was shot in Beaumont on Friday, police said."
    found = conflicts(compare(left, right))
    assert ({"Baytown"}, {"Beaumont"}) in quoted(found), quoted(found)


def test_a_neighborhood_that_shares_a_towns_name_is_part_of_the_city() -> None:
    left = (
        "Man killed on West Side\n\n"
        "A 24-year-old man was shot and killed Sunday night in the Austin neighborhood on the "
        "city's West Side, police said."
    )
    right = (
        "Man shot dead on West Side\n\n"
        "A 24-year-old man was shot and killed Sunday night in Chicago, police said."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_a_district_the_citys_own_police_name_lies_in_that_city() -> None:
    left = (
        "Woman shot in Dorchester\n\n"
        "A woman was wounded in a shooting Friday in Dorchester, Boston police said."
    )
    right = (
        "Woman wounded in Boston shooting\n\n"
        "A woman was wounded in a shooting Friday in Boston, police said."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_two_neighborhoods_of_one_city_still_clash() -> None:
    left = (
        "Man killed on West Side\n\n"
        "A man was shot and killed Sunday night in the Austin neighborhood, police said."
    )
    right = (
        "Man killed on South Side\n\n"
        "A man was shot and killed Sunday night in the Englewood neighborhood, police said."
    )
    found = conflicts(compare(left, right))
    assert ({"Austin"}, {"Englewood"}) in quoted(found), quoted(found)


def test_a_city_a_distance_is_measured_from_is_not_the_place_of_the_event() -> None:
    left = (
        "Bank blast kills two\n\n"
        "The explosion occurred Friday afternoon at a bank branch in Woodburn, about 30 miles "
        "south of Portland."
    )
    right = (
        "Bank blast kills two\n\n"
        "The explosion occurred Friday afternoon at a bank branch in the farming town of Woodburn."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_a_landmark_swapped_in_a_sentence_told_alike_is_a_conflict() -> None:
    left = (
        "Office shooting\n\n"
        "Police evacuated the office building, about 15 miles north of Dunmore, on Tuesday."
    )
    right = (
        "Office shooting\n\n"
        "Police evacuated the office building, about 15 miles north of Halden, on Tuesday."
    )
    found = conflicts(compare(left, right))
    assert ({"Dunmore"}, {"Halden"}) in quoted(found), quoted(found)
