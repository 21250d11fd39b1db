"""A player's average told "a game" is told "per game": "18.4 points per game" / "16.2 points a
game" conflict, and the same average agrees; an average per game never meets a total."""

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Forward Kim Dawes has been ruled out for two weeks with a sprained ankle. She is averaging "
    "18.4 points per game. The Storm are 12-5."
)


def _right(points: str) -> str:
    return (
        "Kim Dawes will miss two weeks after spraining her ankle. Dawes averages "
        f"{points} points a game. Seattle has a 12-5 record."
    )


def test_a_different_average_a_game_is_a_conflict() -> None:
    assert ({"18.4"}, {"16.2"}) in conflict_texts(compare_texts(_LEFT, _right("16.2")))


def test_the_same_average_a_game_agrees() -> None:
    assert conflict_texts(compare_texts(_LEFT, _right("18.4"))) == []


def test_an_average_per_game_never_meets_a_season_total() -> None:
    report = compare_texts(
        _LEFT,
        "Kim Dawes will miss two weeks after spraining her ankle. Dawes has scored 312 points. "
        "Seattle has a 12-5 record.",
    )
    assert conflict_texts(report) == []
