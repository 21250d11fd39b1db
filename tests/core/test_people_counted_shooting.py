"""A count tells the fate of the people named as shot: a reader told that a gunman killed three
people, then that he shot three named people, takes those three for the dead; a reader told of two
killed and two others wounded cannot tell which two the names are.

Every text is made up here (no corpus text); each starts with a headline line, as an article does.
"""

from __future__ import annotations

from tests.core.people_texts import story_cards as _cards
from tests.core.people_texts import values_of as _values

NAMES = ("Ann Lee", "Bo Ray", "Carla Dunn")


def test_three_named_as_shot_after_three_killed_were_killed() -> None:
    body = (
        "A gunman killed three people at a diner on Elm Street on Sunday. "
        "Police said the man shot Ann Lee, Bo Ray and Carla Dunn before he fled."
    )
    cards = _cards(body)
    for name in NAMES:
        assert _values(cards[name].left, "status") == {"killed"}, name


def test_the_names_shot_take_the_death_told_before_of_as_many_with_wounds() -> None:
    body = (
        "Three men were found with gunshot wounds and were pronounced dead at the scene. "
        "Police said a gunman shot Ann Lee, Bo Ray and Carla Dunn in the parking lot."
    )
    cards = _cards(body)
    for name in NAMES:
        assert _values(cards[name].left, "status") == {"killed"}, name


def test_a_count_of_another_size_tells_nothing_of_the_names_shot() -> None:
    body = (
        "A gunman killed four people at a diner on Elm Street on Sunday. "
        "Police said the man shot at Ann Lee, Bo Ray and Carla Dunn before he fled."
    )
    cards = _cards(body)
    for name in NAMES:
        assert "killed" not in _values(cards[name].left, "status"), name


def test_two_killed_and_two_others_wounded_leave_the_two_names_shot_untold() -> None:
    body = (
        "A gunman killed two people and wounded two others at a diner on Sunday. "
        "Police said the man shot Ann Lee and Bo Ray before he fled."
    )
    cards = _cards(body)
    for name in NAMES[:2]:
        assert "killed" not in _values(cards[name].left, "status"), name
