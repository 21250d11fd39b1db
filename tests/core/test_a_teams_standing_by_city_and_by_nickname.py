"""A team's standing after the game, told under its city in one article and under its nickname in
the other ("Los Angeles improved to 30-25" / "The Lakers are now 31-24"): sentences that share
no word, but one club when either article writes its whole name (invented game). Two standings
over the same games conflict; one game on, another club's, or one over other games do not."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_texts, conflict_texts

LEFT = (
    "The Los Angeles Lakers beat the Denver Nuggets 110-104 on Thursday. LeBron James scored 32 "
    "points. Los Angeles improved to 30-25."
)


def _right(standing: str, team: str = "The Lakers") -> str:
    return (
        "LeBron James had 32 points as the Lakers topped Denver 110-104 on Thursday. The game "
        f"was close until the final minute. {team} are now {standing}."
    )


def test_two_standings_of_one_club_over_the_same_games_conflict() -> None:
    assert ({"30-25"}, {"31-24"}) in conflict_texts(compare_texts(LEFT, _right("31-24")))


def test_the_same_standing_under_the_city_and_the_nickname_agrees() -> None:
    report = compare_texts(LEFT, _right("30-25"))
    assert conflict_texts(report) == []
    assert ({"30-25"}, {"30-25"}) in agreed_texts(report)


def test_a_standing_one_game_on_may_be_told_before_the_game() -> None:
    assert conflict_texts(compare_texts(LEFT, _right("30-26"))) == []


def test_a_club_no_article_names_in_full_is_another_team() -> None:
    assert conflict_texts(compare_texts(LEFT, _right("31-24", "The Clippers"))) == []


FRIED = (
    "Pitcher Max Fried allowed one run in seven innings as the Braves beat the Mets 4-1 on "
    "Monday. Atlanta has won six straight. Max Fried improved to 14-5."
)


def _fried(name: str, record: str) -> str:
    return (
        "The Braves beat the Mets 4-1 on Monday behind seven strong innings from Max Fried. The "
        f"left-hander gave up one run. {name} is now {record} this season."
    )


def test_a_pitchers_record_under_his_full_name_and_his_surname_is_one() -> None:
    assert ({"14-5"}, {"13-6"}) in conflict_texts(compare_texts(FRIED, _fried("Fried", "13-6")))
    assert conflict_texts(compare_texts(FRIED, _fried("Fried", "14-5"))) == []


def test_another_pitchers_record_is_no_conflict() -> None:
    assert conflict_texts(compare_texts(FRIED, _fried("Strider", "13-6"))) == []
