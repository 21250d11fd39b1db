"""A figure that measures how far one side is from another ("entering the fourth quarter 10
points down", "12 games below .500") counts no points or games, so it never contradicts a count
of them ("scored 17 unanswered points in the fourth quarter"); two counts of points scored still
conflict (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

SCORED = (
    "The Colts scored 17 unanswered points in the fourth quarter to beat the Jaguars on Sunday."
)


def test_ten_points_down_is_no_count_of_the_points_scored() -> None:
    right = (
        "The Colts came back to beat the Jaguars on Sunday after entering the fourth quarter "
        "10 points down."
    )
    assert conflict_texts(compare_stories(SCORED, right)) == []


def test_ten_points_scored_against_seventeen_still_conflicts() -> None:
    right = "The Colts scored 10 points in the fourth quarter to beat the Jaguars on Sunday, the team said."
    assert ({"17"}, {"10"}) in conflict_texts(compare_stories(SCORED, right))


def test_a_deficit_the_tagger_left_untagged_is_no_count_of_points_either() -> None:
    left = "The Colts scored 17 unanswered points in the final quarter to win on Sunday."
    right = "The Colts won on Sunday as they entered the final quarter 10 points down."
    assert conflict_texts(compare_stories(left, right)) == []


def test_seventeen_points_against_ten_untagged_points_scored_still_conflicts() -> None:
    left = "The Colts scored 17 unanswered points in the final quarter to win on Sunday."
    right = "The Colts won on Sunday as they scored 10 points in the final quarter."
    assert ({"17"}, {"10"}) in conflict_texts(compare_stories(left, right))
