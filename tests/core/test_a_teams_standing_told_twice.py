"""A team's standing in two matching sentences ("fired after a 2-13 start" / "with the team at
3-12"): two records over the same number of games are a conflict; one game apart they may be the
standing before and after the game, and a record over another stretch (a coach's career) is
another fact."""

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "The Bears fired head coach Matt Ryle on Monday after a {record} start. Ryle was in his "
    "fourth season with Chicago. Defensive coordinator Alan Pike will be interim coach."
)
_RIGHT = (
    "Chicago fired head coach Matt Ryle on Monday with the team at {record}. Ryle was in his "
    "fourth year. The Bears named defensive coordinator Alan Pike interim coach."
)


def test_two_standings_over_the_same_games_are_a_conflict() -> None:
    report = compare_texts(_LEFT.format(record="2-13"), _RIGHT.format(record="3-12"))
    assert ({"2-13"}, {"3-12"}) in conflict_texts(report)


def test_the_same_standing_is_no_conflict() -> None:
    report = compare_texts(_LEFT.format(record="2-13"), _RIGHT.format(record="2-13"))
    assert conflict_texts(report) == []


def test_standings_one_game_apart_are_no_conflict() -> None:
    report = compare_texts(_LEFT.format(record="2-13"), _RIGHT.format(record="2-14"))
    assert conflict_texts(report) == []


def test_a_career_record_is_no_conflict_with_a_seasons_standing() -> None:
    report = compare_texts(_LEFT.format(record="2-13"), _RIGHT.format(record="21-44"))
    assert conflict_texts(report) == []


def test_a_range_of_miles_is_no_standing() -> None:
    report = compare_texts(
        "The Bears fired head coach Matt Ryle on Monday. The team's camp is 10-15 miles away.",
        "Chicago fired head coach Matt Ryle on Monday. The team's camp is 12-13 miles away.",
    )
    assert ({"10-15"}, {"12-13"}) not in conflict_texts(report)
