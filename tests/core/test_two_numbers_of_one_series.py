"""One game of a series told with two numbers: "won Game 5" / "won Game 6"."""

from tests.factories import compare_stories, conflict_texts

REST = " Bryant scored 32 points for the winners. The teams meet again on Tuesday in Los Angeles."


def _won(game: str) -> str:
    return f"The Lakers beat the Celtics 101-95 in {game} of the NBA Finals on Sunday night." + REST


def test_game_5_and_game_6_of_one_finals_conflict() -> None:
    report = compare_stories(_won("Game 5"), _won("Game 6"))

    assert conflict_texts(report) == [({"Game 5"}, {"Game 6"})]


def test_the_same_game_told_alike_is_no_conflict() -> None:
    assert not conflict_texts(compare_stories(_won("Game 5"), _won("Game 5")))


def test_a_sentence_that_names_the_next_game_too_is_left_alone() -> None:
    left = (
        "The Lakers beat the Celtics in Game 5 of the NBA Finals on Sunday and can win the "
        "title in Game 6." + REST
    )

    assert not conflict_texts(compare_stories(left, _won("Game 6")))
