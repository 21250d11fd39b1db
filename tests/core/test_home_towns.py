"""Where one named person lives, told beside the name: "Daniel Kowalski, 41, of Minneapolis" /
"Kowalski, of Bloomington" give one man two homes, while two people each of their own town, or a
town and the state it lies in, give none (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, place_conflicts

LEFT = (
    "Driver arrested after crash at mall\n\n"
    "Police said Daniel Kowalski, 41, of Minneapolis, struck a woman in the parking lot of a "
    "shopping mall on Wednesday night. The woman, Maria Lindqvist, 70, of Burnsville, died at a "
    "hospital. Officers arrested Kowalski two blocks away after he hit a parked car."
)


def _right(home: str) -> str:
    return (
        "Woman killed in mall parking lot\n\n"
        "A woman was struck and killed in the parking lot of a shopping mall on Wednesday night. "
        "Maria Lindqvist died at a hospital, police said. "
        f"Officers stopped Kowalski, of {home}, two blocks away after he hit a parked car. "
        "He was booked into the county jail."
    )


def test_one_driver_given_two_home_towns_shows_a_conflict() -> None:
    assert ({"Minneapolis"}, {"Bloomington"}) in place_conflicts(
        compare_stories(LEFT, _right("Bloomington"))
    )


def test_the_same_home_at_another_precision_stays_silent() -> None:
    assert not place_conflicts(compare_stories(LEFT, _right("Minnesota")))


def test_two_people_each_of_their_own_town_stay_silent() -> None:
    # The left gives the driver's home, the right the woman's: two people, two homes.
    right = (
        _right("Bloomington")
        .replace("Kowalski, of Bloomington,", "Kowalski")
        .replace("Maria Lindqvist died", "Maria Lindqvist, of Bloomington, died")
    )
    left = LEFT.replace(", 70, of Burnsville,", ", 70,")
    assert not place_conflicts(compare_stories(left, right))
