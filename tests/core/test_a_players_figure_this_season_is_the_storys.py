"""A player's figure of the season of play the story is in ("11 assists in 30 games this season")
is the story's own, as the other article's "in 30 games" is: the two agree, and a different
count is a conflict. A total set at an earlier moment ("before the game") stays apart."""

from tests.factories import agreed_texts, compare_texts, conflict_texts

_LEFT = (
    "Defenseman Erik Sund was placed on injured reserve Monday with a concussion. He has two "
    "goals and 11 assists in 30 games."
)


def test_games_this_season_agree_with_the_same_games_told_plainly() -> None:
    report = compare_texts(
        _LEFT,
        "Edmonton moved Erik Sund to injured reserve on Monday because of a concussion. Sund has "
        "two goals and 11 assists in 30 games this season.",
    )
    assert ({"30"}, {"30"}) in agreed_texts(report)
    assert conflict_texts(report) == []


def test_a_different_count_of_games_this_season_is_a_conflict() -> None:
    report = compare_texts(
        _LEFT,
        "Edmonton moved Erik Sund to injured reserve on Monday because of a concussion. Sund has "
        "two goals and 11 assists in 34 games this season.",
    )
    assert ({"30"}, {"34"}) in conflict_texts(report)


def test_a_total_before_the_game_is_another_moment() -> None:
    report = compare_texts(
        "Bryant scored 30 on Sunday. Bryant now has 2,301 points this season.",
        "Bryant scored 30 on Sunday. Bryant had 2,271 points this season before the game.",
    )
    assert conflict_texts(report) == []
