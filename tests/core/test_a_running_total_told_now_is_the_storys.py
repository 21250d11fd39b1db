"""A running total told as it stands now is one figure at the story's moment: "Bryant now has
2,301 points this season" / "now has 2,302 points for the season" conflict. The total he had this
season before the game is another moment's, which the new total does not contradict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LEFT = "Bryant scores\n\nWith the win, Bryant now has 2,301 points this season.\n"


def test_two_totals_told_as_they_stand_now_conflict() -> None:
    report = compare_stories(
        _LEFT, "Bryant scores\n\nBryant, who scored 30, now has 2,302 points for the season.\n"
    )
    assert ({"2,301"}, {"2,302"}) in conflict_texts(report)


def test_the_total_before_the_game_is_another_moment() -> None:
    report = compare_stories(
        _LEFT,
        "Bryant scores\n\nBryant, who scored 30, had 2,271 points this season before the game.\n",
    )
    assert conflict_texts(report) == []
