"""A figure told as "a combined" sum ("a combined 157 games with the Hawks and Bears") adds up
what several holders had; the other article's figure for one of them ("54 games with the Hawks")
is a part of it, not a second account. Two sums still meet."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def _stories(left_games: str, right_games: str) -> tuple[str, str]:
    left = (
        "Rivera signs with the Owls\n\n"
        "First baseman Tom Rivera agreed to an eight-year deal with the Owls on Tuesday. After "
        f"being traded to the Hawks in July, Rivera hit 13 homers in {left_games} games with the "
        "Hawks."
    )
    right = (
        "Owls land Rivera\n\n"
        "The Owls signed first baseman Tom Rivera to an eight-year deal on Tuesday. Playing in "
        f"{right_games} games with the Hawks and Bears, Rivera had 33 homers and 121 RBIs."
    )
    return left, right


def test_games_with_one_club_are_part_of_a_combined_count_with_two() -> None:
    report = compare_stories(*_stories("54", "a combined 157"))
    assert not [c for c in conflict_texts(report) if "157" in c[1]]


def test_two_combined_counts_of_the_same_games_still_clash() -> None:
    report = compare_stories(*_stories("a combined 150", "a combined 157"))
    assert ({"150"}, {"157"}) in conflict_texts(report)
