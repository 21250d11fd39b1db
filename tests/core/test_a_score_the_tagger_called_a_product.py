"""A game's score the tagger took for a product or for nothing ("Manchester City beat
Liverpool 3-1") is read as the score beside its result word: it agrees with the same score told
from the loser's side ("Liverpool lost 3-1 to Manchester City") and conflicts with another
("lost 3-2")."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts


def _winner(score: str) -> str:
    return (
        "City go top of the league\n\n"
        f"Manchester City beat Liverpool {score} at the Etihad on Sunday to go top of the league."
    )


def _loser(score: str) -> str:
    return (
        "City go top of the league\n\n"
        f"Liverpool lost {score} to Manchester City on Sunday, leaving City top of the league."
    )


def test_city_beating_liverpool_3_1_agrees_with_liverpool_losing_3_1() -> None:
    report = compare_stories(_winner("3-1"), _loser("3-1"))
    assert ({"3-1"}, {"3-1"}) in agreed_texts(report)


def test_city_beating_liverpool_3_1_conflicts_with_liverpool_losing_3_2() -> None:
    report = compare_stories(_winner("3-1"), _loser("3-2"))
    assert ({"3-1"}, {"3-2"}) in conflict_texts(report)


def test_a_tennis_match_won_in_three_sets_still_agrees_set_by_set() -> None:
    report = compare_stories(
        "Djokovic into final\n\nDjokovic won in straight sets, 6-3, 6-4, 6-2, on Friday.",
        "Djokovic into final\n\nDjokovic won 6-3 6-4 6-3 on Friday.",
    )
    assert ({"6-3"}, {"6-4"}) not in agreed_texts(report)
