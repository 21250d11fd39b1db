"""A count of what a player did in one day's game and his tally of the season are two counts:
"Okoro scored three goals on Wednesday" / "Okoro now has 19 goals this season" (invented
stories). A season holds many games, so the tally is never the game's count told another way.
The game's count told two ways stays a conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT = (
    "Okoro hat trick sends Dunmore through\n\n"
    "Samuel Okoro scored three goals on Wednesday as Dunmore Athletic beat Calder Rovers 4-2 in "
    "the cup semifinal. Dunmore will play Portside in the final."
)
RIGHT_OPENING = (
    "Dunmore reach cup final\n\n"
    "Dunmore Athletic beat Calder Rovers 4-2 on Wednesday to reach the cup final. "
)


def test_a_game_count_and_a_season_tally_are_no_conflict() -> None:
    right = RIGHT_OPENING + "The striker Samuel Okoro now has 19 goals this season."
    assert conflict_texts(compare_texts(LEFT, right)) == []


def test_the_games_count_told_two_ways_is_still_a_conflict() -> None:
    right = RIGHT_OPENING + "Samuel Okoro scored four goals on Wednesday."
    assert conflict_texts(compare_texts(LEFT, right)) == [({"three"}, {"four"})]
