"""One article says the Falcons fired their coach with the team "on a four-game losing streak",
the other that the Bears are "on a nine-game winning streak": a run of losses and a run of wins
are two sides of a record, never two lengths of one streak, so a journalist sees no clash. Two
losing streaks of different lengths still conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LOSING = (
    "Falcons fire coach\n\n"
    "The Falcons fired coach Dan Merrow on Monday. With the team on a four-game losing streak "
    "and last in its division, he did not last until the end of the season."
)


def _other(streak: str) -> str:
    return (
        "Merrow out at Falcons\n\n"
        "The Falcons fired coach Dan Merrow on Monday. The Bears, by contrast, are 15-2 and on "
        f"a nine-game {streak} streak, the only team still unbeaten at home this season."
    )


def _streak_conflicts(streak: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(_LOSING, _other(streak))
    return [c for c in conflict_texts(report) if "four" in c[0]]


def test_a_four_game_losing_streak_is_no_nine_game_winning_streak() -> None:
    assert not _streak_conflicts("winning")


def test_a_four_game_losing_streak_is_not_a_nine_game_losing_streak() -> None:
    assert _streak_conflicts("losing") == [({"four"}, {"nine"})]
