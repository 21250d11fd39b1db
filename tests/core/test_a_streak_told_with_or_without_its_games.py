"""A streak told "a 10-game losing streak" or "lost 10 straight": "straight" is no noun the 10
counts, so the two tens are one figure; a streak of another length does not agree."""

from tests.factories import agreed_texts, compare_texts

_LEFT = (
    "The Red Wings fired coach Jeff Ames on Sunday after a 10-game losing streak. Ames was in "
    "his second season."
)


def _right(games: int) -> str:
    return (
        f"Detroit dismissed Jeff Ames on Sunday with the team having lost {games} straight. Ames "
        "was in his second year."
    )


def test_a_ten_game_streak_agrees_with_ten_straight() -> None:
    assert ({"10"}, {"10"}) in agreed_texts(compare_texts(_LEFT, _right(10)))


def test_a_ten_game_streak_does_not_agree_with_twelve_straight() -> None:
    report = compare_texts(_LEFT, _right(12))
    assert not any("10" in a and "12" in b for a, b in agreed_texts(report))
