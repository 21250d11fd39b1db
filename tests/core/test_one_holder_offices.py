"""An office one person holds at a time, named in the same words in two matching sentences: two
names for it are a conflict even when both people speak for the story; an office many hold at
once ("police spokesman") names two sources (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Sixers fire their coach\n\n"


def test_the_team_president_who_announced_the_firing_is_one_person() -> None:
    left = (
        HEADLINE + "Team president Ed Stefanski announced the firing of coach Maurice Cheeks on "
        "Saturday."
    )
    right = (
        HEADLINE + "Team president Billy King announced on Saturday that coach Maurice Cheeks "
        "had been fired."
    )
    assert ({"Ed Stefanski"}, {"Billy King"}) in conflict_pairs(compare(left, right))


def test_two_police_spokesmen_announcing_one_arrest_are_two_sources() -> None:
    left = (
        "Suspect held\n\n"
        "Police spokesman Ed Stefanski announced the arrest of Maurice Cheeks on Saturday."
    )
    right = (
        "Suspect held\n\n"
        "Police spokesman Billy King announced on Saturday that Maurice Cheeks had been arrested."
    )
    assert conflict_pairs(compare(left, right)) == []


def test_an_assistant_coach_is_one_of_several() -> None:
    left = (
        HEADLINE + "Assistant coach Ed Stefanski announced the firing of coach Maurice Cheeks on "
        "Saturday."
    )
    right = (
        HEADLINE + "Assistant coach Billy King announced on Saturday that coach Maurice Cheeks "
        "had been fired."
    )
    assert conflict_pairs(compare(left, right)) == []


def test_two_head_coaches_after_one_game_are_the_two_teams_coaches() -> None:
    left = (
        "Colts beat Patriots\n\nHead coach Tony Dungy said his team played its best game of the "
        "season on Sunday."
    )
    right = (
        "Colts beat Patriots\n\nHead coach Bill Belichick said on Sunday that his team played "
        "its worst game of the season."
    )
    assert conflict_pairs(compare(left, right)) == []
