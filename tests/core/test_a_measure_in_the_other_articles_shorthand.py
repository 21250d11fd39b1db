"""A measure the other article writes in a shorthand its parser does not read ("a 47-yd field
goal") is told there: the same figure of the same unit. Another figure of that unit is not."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = "Chiefs lose\n\nThe Chiefs settled for Succop's tying 47-yard field goal.\n"


def test_a_47_yard_field_goal_is_told_by_a_47_yd_one() -> None:
    report = compare_stories(
        _LEFT, "Chiefs lose\n\nKicker Ryan Succop tied the game with a 47-yd field goal.\n"
    )
    assert "47-yard" not in yellow(report), yellow(report)


def test_a_47_yard_field_goal_is_not_told_by_a_52_yd_punt() -> None:
    report = compare_stories(
        _LEFT, "Chiefs lose\n\nKicker Ryan Succop tied the game after a 52-yd punt.\n"
    )
    assert "47-yard" in yellow(report), yellow(report)
