"""A milestone count is told by its ordinal: "became the 40th player to score 1,000 points" and "had
14, including the 1,000th of his college career" say one thing about the same player, though the
ordinal leaves its noun to the context, writes a thousands comma and stands in a sentence told in
other words. A 999th does not tell 1,000, nor does another player's 1,000th."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_COUNT = (
    "Tigers beat Hawks\n\n"
    "The Tigers beat the Hawks 88-79 on Tuesday in Raleigh. "
    "Sam Porter (14 points) became the 40th player in club history to score 1,000 points "
    "when he hit a jump shot in the first half. "
    "The crowd cheered."
)


def _ordinal(player: str, value: str) -> str:
    return (
        "Hawks lose to Tigers\n\n"
        "The Tigers beat the Hawks 88-79 on Tuesday in Raleigh. "
        f"Joe Miller added 16 points, and {player} had 14, including the {value} of his college career. "
        "The crowd cheered."
    )


def test_a_thousand_points_are_told_by_the_thousandth_of_his_career() -> None:
    assert "1,000" not in yellow(compare_stories(_COUNT, _ordinal("Sam Porter", "1,000th")))


def test_the_nine_hundred_ninety_ninth_does_not_tell_a_thousand_points() -> None:
    assert "1,000" in yellow(compare_stories(_COUNT, _ordinal("Sam Porter", "999th")))


def test_another_players_thousandth_does_not_tell_his_thousand_points() -> None:
    assert "1,000" in yellow(compare_stories(_COUNT, _ordinal("Carl Hayes", "1,000th")))
