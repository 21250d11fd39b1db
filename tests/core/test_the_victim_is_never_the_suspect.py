"""A journalist opens the People tab on a shooting story that names only its suspect: the suspect's
card must not carry the victim's age or death. "Police arrested Bo Ray. The victim, 22, died" tells
of two people; a reader never takes "the victim" for Bo Ray. A description still takes up the
suspect when it tells his part ("The 31-year-old was charged"), and "the victim" still takes up
the victim the article names.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.core.people_texts import story_cards, values_of


def test_the_victims_age_and_death_stay_off_the_arrested_mans_card() -> None:
    cards = story_cards(
        "Police arrested Bo Ray on Monday. The 22-year-old victim died at the scene."
    )
    ray = cards["Bo Ray"].left
    assert values_of(ray, "age") == set(), ray
    assert values_of(ray, "status") == {"arrested"}, ray


def test_the_suspect_named_by_his_role_is_not_the_victim_taken_to_hospital() -> None:
    cards = story_cards(
        "The suspect, Bo Ray, fled on foot. The victim was taken to a hospital in critical "
        "condition."
    )
    ray = cards["Bo Ray"].left
    assert values_of(ray, "role") == {"suspect"}, ray
    assert "injured" not in values_of(ray, "status"), ray


def test_the_gunman_who_killed_himself_does_not_take_the_victims_age() -> None:
    cards = story_cards("Police said Bo Ray, the gunman, killed himself. The victim was 22.")
    assert values_of(cards["Bo Ray"].left, "age") == set()


def test_a_teen_he_shot_is_not_the_man_who_shot() -> None:
    cards = story_cards(
        "Bo Ray shot at officers outside the store. The boy, 14, was hit in the leg."
    )
    ray = cards["Bo Ray"].left
    assert values_of(ray, "status") == set(), ray
    assert values_of(ray, "age") == set(), ray


def test_the_victim_is_the_woman_the_suspect_killed() -> None:
    cards = story_cards("Prosecutors say Bo Ray killed Ann Vold. The victim was 22.")
    assert values_of(cards["Ann Vold"].left, "age") == {"22"}
    assert values_of(cards["Bo Ray"].left, "age") == set()


def test_a_description_that_tells_the_suspects_part_is_still_him() -> None:
    cards = story_cards(
        "Police arrested Bo Ray on Monday. The 31-year-old was charged with murder."
    )
    ray = cards["Bo Ray"].left
    assert values_of(ray, "age") == {"31"}, ray


def test_an_age_told_of_the_killer_without_harm_is_still_his() -> None:
    cards = story_cards(
        "Courthouse killer Bo Ray was sentenced to life on Monday. Nobody knows where the "
        "37-year-old will serve his time."
    )
    assert values_of(cards["Bo Ray"].left, "age") == {"37"}
