"""False conflicts on shootings nobody tuned for: a label read as a count, a scene told by a
street, a site or a place nearby against its town, and two relatives taken for one person renamed.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.model import Finding
from tests.factories import compare_stories as compare
from tests.factories import conflicts


def quoted(found: list[Finding]) -> list[tuple[set[str], set[str]]]:
    return [({s.text for s in f.left}, {s.text for s in f.right}) for f in found]


def quotes(found: list[Finding], word: str) -> bool:
    return any(word in w for a, b in quoted(found) for w in a | b)


# --- labels: a numeral after its noun says which one ---------------------------------------------


def test_the_precinct_a_deputy_serves_in_is_no_count_of_deputies() -> None:
    left = (
        "Deputies wounded in shootout\n\n"
        "A gunman opened fire on a street in the west of the city on Sunday. Two deputy "
        "constables from Precinct 5 were shot, officials said."
    )
    right = (
        "Gunman kills two, wounds six\n\n"
        "A gunman opened fire on a street in the west of the city on Sunday. One Precinct 5 "
        "constable's deputy was released after being shot in the hand, officials said."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "5"), quoted(found)


def test_a_room_number_is_no_count_of_the_wounded() -> None:
    left = (
        "Two hurt in motel shooting\n\n"
        "Police found the wounded men in Room 12 of the Starlite Motel late Friday, police said."
    )
    right = (
        "Motel shooting wounds two\n\n"
        "Police found the wounded men in two rooms of the Starlite Motel late Friday, police said."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "12"), quoted(found)


# --- where: a street, a site or a place nearby against the town ----------------------------------


def test_a_store_on_a_road_and_the_store_in_the_city_are_one_scene() -> None:
    left = (
        "Man shot outside store\n\n"
        "A man was shot and killed outside a Walmart in Memphis on Monday night, police said."
    )
    right = (
        "Police investigate deadly shooting\n\n"
        "A man was shot and killed outside a Walmart on Winchester Road on Monday night, police "
        "said."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "Memphis"), quoted(found)


def test_an_apartment_complex_and_its_town_are_one_scene() -> None:
    left = (
        "Man shot at apartments\n\n"
        "Officers found the man at the Pinewood Apartments on Monday, police said."
    )
    right = (
        "Police investigate shooting\n\n"
        "Officers found the man at an apartment complex in Decatur on Monday, police said."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "Decatur"), quoted(found)


def test_a_town_near_a_city_is_no_other_answer_to_where() -> None:
    left = "Man shot dead\n\nA man was shot and killed near Jackson on Monday night, police said."
    right = (
        "Police investigate deadly shooting\n\n"
        "A man was shot and killed in Ridgeland on Monday night, police said."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "Jackson"), quoted(found)


def test_a_cross_street_near_the_scene_is_a_landmark_not_the_scene() -> None:
    left = (
        "Man shot dead\n\n"
        "The shooting happened on Elm Street near Main Street about 9 p.m., police said."
    )
    right = (
        "Police investigate deadly shooting\n\n"
        "The shooting happened at Elm Street and Oak Avenue about 9 p.m., police said."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "Main Street"), quoted(found)


def test_a_neighborhood_its_article_tells_as_part_of_the_city_lies_in_it() -> None:
    left = (
        "Man shot dead\n\n"
        "A man was shot and killed in Austin on Monday night, police said. Neighbors said "
        "gunfire is common in the Austin neighborhood."
    )
    right = (
        "Police investigate deadly shooting\n\n"
        "A man was shot and killed in Chicago on Monday night, police said."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "Austin"), quoted(found)


def test_two_towns_in_matching_sentences_still_clash() -> None:
    left = "Man shot dead\n\nA man was shot and killed in Dayton on Monday night, police said."
    right = (
        "Police investigate deadly shooting\n\n"
        "A man was shot and killed in Toledo on Monday night, police said."
    )
    assert quotes(conflicts(compare(left, right)), "Toledo")


# --- people: two roles are two people ------------------------------------------------------------


def test_the_victims_mother_and_aunt_are_two_people_not_one_renamed() -> None:
    left = (
        "Man shot dead\n\n"
        "The victim's mother, Angela Brown, said he loved basketball and his two children."
    )
    right = (
        "Police investigate deadly shooting\n\n"
        "The victim's aunt, Tasha Moore, said he loved basketball and his two children."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "Angela Brown"), quoted(found)


def test_the_same_role_with_another_name_is_still_a_conflict() -> None:
    left = (
        "Man shot dead\n\n"
        "The victim's mother, Angela Brown, said he loved basketball and his two children."
    )
    right = (
        "Police investigate deadly shooting\n\n"
        "The victim's mother, Tasha Moore, said he loved basketball and his two children."
    )
    assert quotes(conflicts(compare(left, right)), "Tasha Moore")


# --- clock times and offices --------------------------------------------------------------------


def test_the_time_of_death_is_not_the_time_of_the_shooting() -> None:
    left = (
        "Man shot dead\n\n"
        "The man was shot outside a nightclub and pronounced dead at 1:05 a.m. at a hospital."
    )
    right = (
        "Police investigate deadly shooting\n\n"
        "The man was shot outside a nightclub at 12:40 a.m. and died later at a hospital."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "a.m."), quoted(found)


def test_two_times_of_the_shooting_still_clash() -> None:
    left = "Man shot dead\n\nThe man was shot outside a nightclub at 3 p.m. on Sunday."
    right = (
        "Police investigate deadly shooting\n\n"
        "The man was shot outside a nightclub at 9 p.m. on Sunday."
    )
    assert quotes(conflicts(compare(left, right)), "9 p.m.")


def test_an_office_is_not_a_person_set_against_a_prosecutors_name() -> None:
    left = (
        "Man shot dead\n\n"
        "Assistant District Attorney Mary Cho said the suspect shot the man after an argument."
    )
    right = (
        "Police investigate deadly shooting\n\n"
        "Prosecutor Dan Fry said the suspect shot the man after an argument."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "Attorney"), quoted(found)


# --- ages at two times ---------------------------------------------------------------------------


def test_an_age_now_and_the_age_at_the_time_of_the_shooting_are_two_times() -> None:
    left = (
        "Teen charged in shooting\n\n"
        "Reed, who was 17 at the time of the shooting, was charged as an adult on Tuesday."
    )
    right = (
        "Teen to be tried as adult\n\n"
        "Reed, now 18, was charged as an adult on Tuesday in the shooting."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "18"), quoted(found)


def test_the_gunmans_age_is_not_the_age_of_the_man_he_shot() -> None:
    left = (
        "Man shot by neighbor\n\n"
        "The gunman, identified as a 40-year-old man, shot his neighbor on Elm Street."
    )
    right = (
        "Police investigate shooting\n\n"
        "A 38-year-old man was shot by his neighbor on Elm Street, police said."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "year-old"), quoted(found)


def test_two_ages_for_the_gunman_still_clash() -> None:
    left = (
        "Man shot by neighbor\n\n"
        "The gunman, identified as a 40-year-old man, shot his neighbor on Elm Street."
    )
    right = (
        "Police investigate shooting\n\n"
        "The gunman, identified as a 38-year-old man, shot his neighbor on Elm Street."
    )
    assert quotes(conflicts(compare(left, right)), "38-year-old")


def test_a_police_department_and_its_spokesman_are_one_source() -> None:
    left = (
        "Man shot in the back\n\n"
        "The Chicago Police Department said Reed was shot in the back while walking home."
    )
    right = (
        "Police investigate shooting\n\n"
        "Police spokesman Tom Ahern said Reed was shot in the back while walking home."
    )
    found = conflicts(compare(left, right))
    assert not quotes(found, "Tom Ahern"), quoted(found)
