"""A city written as the sports pages' three-letter code of it ("the ATL game") is the city the
other article names in full ("at Atlanta"): no yellow mark. A code whose letters open a city
named only a letter longer ("IRA" / "Iran") stays a body (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts, marks_of

_LEFT = (
    "Saints lose running back\n\n"
    "Thomas came back and was very effective for a couple of games, particularly the DAL "
    "game, coach Sean Payton said.\n"
)


def test_a_citys_sports_code_is_told_by_the_city() -> None:
    right = (
        "Saints lose running back\n\n"
        "Thomas looked effective again in a 17-14 victory at Dallas in Week 16, when he had "
        "102 yards.\n"
    )
    assert not marks_of(compare_texts(_LEFT, right), "DAL")


def test_initials_that_open_a_city_only_a_letter_longer_stay_a_body() -> None:
    left = "Talks resume\n\nThe IRA said on Monday that it would keep to the ceasefire.\n"
    right = "Talks resume\n\nDiplomats from Iran met on Monday to discuss the ceasefire.\n"
    assert marks_of(compare_texts(left, right), "IRA")
