"""Where a game is played: a home game against Washington is no game at Washington; a game
already played there, or one against another side, says nothing of it (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Sixers fire coach\n\n"
OPENING = "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday. "
HOME = (
    HEADLINE + OPENING + "The dismissal came hours before the 76ers were to play at home, with "
    "Tony DiLeo making his coaching debut against Washington."
)


def test_a_home_game_against_washington_is_not_a_game_at_washington() -> None:
    right = (
        HEADLINE + OPENING + "Assistant Tony DiLeo will coach the Sixers in Saturday's game at "
        "Washington."
    )
    assert ({"play at home"}, {"game at Washington"}) in conflict_pairs(compare(HOME, right))


def test_a_game_already_played_at_washington_is_another_game() -> None:
    right = (
        HEADLINE + OPENING + "The Sixers had lost eight of their last ten, the last of them in "
        "Tuesday's game at Washington."
    )
    assert conflict_pairs(compare(HOME, right)) == []


def test_a_game_at_another_sides_ground_is_another_game() -> None:
    right = (
        HEADLINE + OPENING + "Assistant Tony DiLeo will coach the Sixers in their next game at "
        "Boston."
    )
    assert conflict_pairs(compare(HOME, right)) == []


def test_a_game_on_another_day_is_another_game() -> None:
    left = (
        HEADLINE + OPENING + "The 76ers were to play at home on Saturday night, with Tony DiLeo "
        "making his coaching debut against Washington."
    )
    right = (
        HEADLINE + OPENING + "Assistant Tony DiLeo will coach the Sixers in Tuesday's game at "
        "Washington."
    )
    found = conflict_pairs(compare(left, right))
    assert not [pair for pair in found if "play at home" in pair[0]]
