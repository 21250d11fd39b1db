"""Places in a list ("the final two games against Detroit and Carolina") are several games, each
its own: none is the one place "games against" holds in the story, so none is set against a
place the other article lists in the same words. A single place in the same frame still is."""

from __future__ import annotations

from tests.factories import compare_texts, place_conflicts

LEAD = "The Saints placed Reggie Bush on injured reserve on Wednesday with a sprained knee. "
TAIL = " The team did not say when he would return. Coach Sean Payton called it a setback."


def test_games_against_two_listed_teams_are_no_conflict_with_games_against_four_others() -> None:
    left = LEAD + "He will miss the final two games against Detroit and Carolina." + TAIL
    right = (
        LEAD + "Earlier he missed games against San Diego, Atlanta, Kansas City and Green "
        "Bay after a loss in October." + TAIL
    )
    assert not place_conflicts(compare_texts(left, right))


def test_a_game_against_one_team_still_conflicts_with_a_game_against_another() -> None:
    left = LEAD + "He will miss the final game against Detroit, the team said." + TAIL
    right = LEAD + "He will miss the final game against San Diego, the team said." + TAIL
    assert place_conflicts(compare_texts(left, right)) == [({"Detroit"}, {"San Diego"})]


def test_a_town_and_its_state_joined_by_a_comma_are_one_place_and_no_list() -> None:
    left = LEAD + "He flew home to Channelview, Texas, for treatment." + TAIL
    right = LEAD + "He flew home to Channelview, Georgia, for treatment." + TAIL
    assert place_conflicts(compare_texts(left, right))
