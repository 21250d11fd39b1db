"""A run told as its length and as the ordinal of its latest step ("a three-game losing streak" /
"their third game in a row") is one fact; a run of another length stays one-sided."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

LOSS = (
    "Hornets fire coach\n\nThe Charlotte Hornets fired coach Dale Rourke on Sunday. The Hornets "
    "dropped their third game in a row on Saturday, a 97-80 setback to Orlando, and occupy last "
    "place in the Southeast Division with a 6-12 record."
)
# Told in other words than the loss: the two sentences align only loosely.
STREAK = (
    "Rourke out in Charlotte\n\nDale Rourke was fired Sunday as coach of the Charlotte Hornets, "
    "who are 6-12. Stefan Marr said he met with Rourke. Instead, with the team on a three-game "
    "losing streak and last in the Southeast Division, he didn't even last until the end of the "
    "calendar year, as the owners had promised."
)
LONGER_STREAK = STREAK.replace("three-game", "five-game")


def test_a_three_game_losing_streak_is_told_by_the_third_game_lost_in_a_row() -> None:
    report = compare_texts(LOSS, STREAK)
    assert "three" not in yellow(report), yellow(report)


def test_a_five_game_streak_is_not_told_by_the_third_game_in_a_row() -> None:
    report = compare_texts(LOSS, LONGER_STREAK)
    assert "five" in yellow(report), yellow(report)
