"""Local shooting reports place their event among others ("the second shooting on the street this
week", "the city's 20th homicide"): such a tally counts other events, over an area and a period
each outlet draws its own way, and is no fact of this shooting to set against the other report's
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Man shot dead outside Grand Avenue bar\n\n"


def test_the_second_shooting_this_week_is_no_clash_with_the_third_in_a_week() -> None:
    left = (
        HEADLINE + "A man was shot and killed early Saturday outside a bar on Grand Avenue, police "
        "said. It was the second shooting on Grand Avenue this week."
    )
    right = (
        HEADLINE + "A man was shot and killed early Saturday outside a bar on Grand Avenue, police "
        "said. It was the third shooting in the area in a week."
    )
    assert conflict_pairs(compare(left, right)) == []


def test_the_citys_20th_homicide_is_a_tally_not_this_killing() -> None:
    left = (
        "Woman killed in Oakland shooting\n\nOAKLAND - A woman was killed Saturday in East "
        "Oakland, police said, the city's 20th homicide of the year.\n\nOfficers found the "
        "woman, 28, with gunshot wounds on MacArthur Boulevard around 10 p.m."
    )
    right = (
        "East Oakland shooting leaves woman dead\n\nA 28-year-old woman was fatally shot "
        "Saturday night in East Oakland, marking the city's 22nd homicide this year.\n\nPolice "
        "were called to MacArthur Boulevard about 10 p.m. She died at the scene."
    )
    assert conflict_pairs(compare(left, right)) == []


def test_first_degree_murder_against_second_degree_is_still_a_clash() -> None:
    left = (
        HEADLINE + "Marcus Reed, 19, was charged with first-degree murder on Sunday, police said."
    )
    right = (
        HEADLINE + "Marcus Reed, 19, was charged with second-degree murder on Sunday, police said."
    )
    assert conflict_pairs(compare(left, right)) != []


def test_two_numbered_streets_are_two_spots_not_two_ranks() -> None:
    left = (
        "Man shot in car on East 113th Street\n\nA man was shot in the chest while sitting in a "
        "car on East 113th Street on Monday night, police said.\n\nThe victim, 25, was taken to "
        "University Hospitals in serious condition."
    )
    right = (
        "Man wounded in Cleveland shooting\n\nA 25-year-old man was shot in the chest while "
        "sitting in a car at East 145th Street and Kinsman Road on Monday night.\n\nHe was taken "
        "to University Hospitals. Police are looking for a gray sedan."
    )
    assert conflict_pairs(compare(left, right)) == []


def test_a_block_of_3rd_avenue_is_no_rank_against_5th_avenue() -> None:
    left = (
        "Woman shot on 3rd Avenue\n\nA woman was shot Friday night in the 1200 block of 3rd "
        "Avenue, police said.\n\nThe woman, 30, was hit twice."
    )
    right = (
        "Police: woman wounded near 5th Avenue\n\nA 30-year-old woman was shot twice Friday night "
        "near 5th Avenue and Pine Street, police said."
    )
    assert conflict_pairs(compare(left, right)) == []


def test_the_day_of_the_first_of_two_shootings_is_no_clash_with_a_report_of_the_second() -> None:
    # A round-up of a night's shootings tells each apart by its ordinal; the other report may
    # be about any one of them, so "the first shooting happened on Tuesday" dates that one only.
    left = (
        "Two shot at birthday party\n\nTwo men were shot at a birthday party on East 13th "
        "Street early Wednesday, police said. They were 20 and 22."
    )
    right = (
        "Police investigate two overnight shootings\n\nPolice are investigating two shootings "
        "that happened hours apart overnight.\n\nThe first shooting happened on Tuesday along "
        "4th Avenue. Three men were shot in the arm.\n\nThe second shooting happened at a "
        "birthday party on East 13th Street. Two men, 20 and 22, were wounded."
    )
    days = [pair for pair in conflict_pairs(compare(left, right)) if "Tuesday" in pair[1]]
    assert days == []
