"""A team or firm named after its city: the same name after another city in the other article
is a conflict on the place; two cities' police are not (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflicts


def test_the_same_team_said_to_be_another_citys_is_a_conflict() -> None:
    left = (
        "Coach fired\n\n"
        "Maurice Cheeks is out as Philadelphia 76ers head coach after a slow start. "
        "The club's general manager made the decision on Saturday."
    )
    right = (
        "Cheeks let go\n\n"
        "The general manager fired Maurice Cheeks on Saturday as coach of the Atlanta 76ers, "
        "who have lost nine of their last ten games."
    )
    assert ({"Philadelphia"}, {"Atlanta"}) in conflicts(compare(left, right))


def test_two_cities_police_in_one_story_are_no_conflict() -> None:
    left = (
        "Chase ends in crash\n\n"
        "Dallas Police chased the stolen car for ten miles on Sunday before it crashed."
    )
    right = (
        "Stolen car crashes\n\n"
        "The stolen car crashed on Sunday after Houston Police joined the chase, witnesses said."
    )
    assert conflicts(compare(left, right)) == []
