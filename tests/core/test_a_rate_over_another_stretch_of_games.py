"""A batter "hit .358 ... in 54 games with the Angels" after a trade, and had "a career-best .308
average" over "a combined 157 games": each rate is the rate of the games its sentence counts, and
two counts of games are two stretches of play, so the two rates do not contradict each other.
Two rates over the same 54 games are one rate told two ways, and two values clash (hand-written
texts)."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "After being acquired from the Braves at the trading deadline, Mark Tobin hit .358 with 13 "
    "homers and 43 RBIs in 54 games with the Angels."
)
_RIGHT_SEASON = (
    "Playing in a combined 157 games with the Angels and Braves, Mark Tobin had 33 homers and "
    "121 RBIs along with a career-best .308 average."
)
_RIGHT_SAME_GAMES = (
    "After being acquired from the Braves at the trading deadline, Mark Tobin batted .338 with "
    "13 homers in 54 games with the Angels."
)


def _rate_clashes(right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_texts(_LEFT, right, "2024-02-06")
    return [(a, b) for a, b in conflict_texts(report) if ".358" in a]


def test_a_rate_over_54_games_is_no_other_value_of_the_rate_over_157() -> None:
    assert _rate_clashes(_RIGHT_SEASON) == []


def test_two_rates_over_the_same_54_games_clash() -> None:
    assert _rate_clashes(_RIGHT_SAME_GAMES) != []
