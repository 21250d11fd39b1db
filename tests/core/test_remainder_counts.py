"""A figure that counts those left once the story has counted some ("five other victims", "two
more bodies") is not the group's whole count, so it contradicts no total the other article gives;
"killed one and wounded two other people" still counts all the wounded."""

from __future__ import annotations

from desktop.core.model import Report
from tests.factories import compare_texts, conflict_texts


def compare(left: str, right: str) -> Report:
    return compare_texts(left, right, "2024-05-06")


def test_five_other_victims_at_the_hospital_do_not_contradict_eight_shot() -> None:
    left = (
        "Eight shot outside Corbin nightclub\n\n"
        "Crews responded to the call shortly after 2 a.m. Sunday. Initial reports indicate at "
        "least eight people suffered gunshot wounds outside the Velvet Room nightclub in Corbin."
    )
    right = (
        "One dead in Corbin nightclub shooting\n\n"
        "One man was pronounced dead outside the Velvet Room nightclub in Corbin early Sunday. "
        "Medics took a woman to the hospital after she had been shot. Police said five other "
        "victims showed up at the hospital with gunshot wounds."
    )
    texts = conflict_texts(compare(left, right))
    assert not texts, texts


def test_wounded_two_other_people_still_contradicts_three_wounded() -> None:
    left = (
        "Gunman kills one at Corbin diner\n\n"
        "A gunman killed one man and wounded two other people at a diner in Corbin on Sunday, "
        "police said."
    )
    right = (
        "Gunman kills one at Corbin diner\n\n"
        "A gunman killed one man and wounded three people at a diner in Corbin on Sunday, police "
        "said."
    )
    texts = conflict_texts(compare(left, right))
    assert any("two" in lt and "three" in rt for lt, rt in texts), texts


def test_eight_shot_and_one_dead_in_two_headlines_count_different_tolls() -> None:
    left = (
        "Eight shot outside Corbin nightclub\n\n"
        "Crews were called to the Velvet Room nightclub in Corbin shortly after 2 a.m. Sunday."
    )
    right = (
        "One dead in Corbin nightclub shooting\n\n"
        "Crews were called to the Velvet Room nightclub in Corbin shortly after 2 a.m. Sunday."
    )
    texts = conflict_texts(compare(left, right))
    assert not texts, texts


def test_two_dead_against_three_dead_in_two_headlines_is_a_conflict() -> None:
    left = (
        "Two dead in Corbin nightclub shooting\n\n"
        "Crews were called to the Velvet Room nightclub in Corbin shortly after 2 a.m. Sunday."
    )
    right = (
        "Three dead in Corbin nightclub shooting\n\n"
        "Crews were called to the Velvet Room nightclub in Corbin shortly after 2 a.m. Sunday."
    )
    texts = conflict_texts(compare(left, right))
    assert any("Two" in lt and "Three" in rt for lt, rt in texts), texts


def test_shot_and_killed_two_counts_the_dead_not_everyone_shot() -> None:
    left = (
        "Gunwoman opens fire at Corbin bakery\n\n"
        "Police said Hiller then shot the three victims on the third floor of the bakery in "
        "Corbin. The women were shot in the mixing room."
    )
    right = (
        "Gunwoman opens fire at Corbin bakery\n\n"
        "Hiller went to the third-floor mixing room of the bakery in Corbin, where she found at "
        "least three of the workers. Two, she shot and killed there in the room. A third was also "
        "shot."
    )
    assert not conflict_texts(compare(left, right))


def test_shot_and_killed_two_against_killed_three_is_a_conflict() -> None:
    left = (
        "Gunman opens fire at Corbin bakery\n\n"
        "The gunman killed three workers at the bakery in Corbin on Sunday, police said."
    )
    right = (
        "Gunman opens fire at Corbin bakery\n\n"
        "The gunman shot and killed two workers at the bakery in Corbin on Sunday, police said."
    )
    texts = conflict_texts(compare(left, right))
    assert any("three" in lt and "two" in rt for lt, rt in texts), texts


def test_three_boats_captured_is_no_count_of_26_pirates_captured() -> None:
    left = (
        "Navy thwarts pirate attack\n\n"
        "The warship Kestrel thwarted a pirate attack in the Gulf of Aden and captured three "
        "boats on Friday, the navy said."
    )
    right = (
        "Navy thwarts pirate attack\n\n"
        "The warship Kestrel thwarted a pirate attack in the Gulf of Aden and captured 26 "
        "pirates on Friday, the navy said."
    )
    assert not conflict_texts(compare(left, right))


def test_three_men_killed_against_four_victims_killed_is_still_a_conflict() -> None:
    left = "Gunman kills three\n\nA gunman killed three men at a bar in Corbin on Sunday."
    right = "Gunman kills four\n\nA gunman killed four victims at a bar in Corbin on Sunday."
    texts = conflict_texts(compare(left, right))
    assert any("three" in lt and "four" in rt for lt, rt in texts), texts
