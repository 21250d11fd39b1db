"""Only a sum's or a share's change is told with any verb of a rise or a fall: "the stock
tumbled 6.2%" meets "shares fell 8.2 percent", a conflict; but a team that "dropped" its
third game and one "slumping" at a record tell no change of a figure, so a game's score is never
set against the record."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow


def test_a_team_that_dropped_a_game_is_no_falling_figure() -> None:
    report = compare_texts(
        "The Hawks fired coach Dale Brant on Saturday. "
        "The Hawks dropped their third game in a row on Friday, an 88-72 setback to Denver.",
        "The Hawks fired Dale Brant on Saturday. "
        "The Hawks are slumping at 9-14 after making the playoffs last season.",
    )
    assert conflict_texts(report) == []


_FELL = (
    "Shares of Corvane Motors fell 8.2 percent on Wednesday after the carmaker cut its delivery "
    "forecast. Analysts said demand in China had weakened."
)
_TUMBLED = (
    "Corvane Motors stock tumbled {share} on Wednesday, its steepest drop since March. "
    "Analysts said demand in China had weakened."
)


def test_a_stock_that_tumbled_clashes_with_one_that_fell_further() -> None:
    report = compare_texts(_FELL, _TUMBLED.format(share="6.2%"))
    assert conflict_texts(report) == [({"8.2 percent"}, {"6.2%"})]


def test_a_stock_that_tumbled_agrees_with_one_that_fell_as_far() -> None:
    report = compare_texts(_FELL, _TUMBLED.format(share="8.2%"))
    assert conflict_texts(report) == []
    assert "8.2 percent" not in yellow(report)
