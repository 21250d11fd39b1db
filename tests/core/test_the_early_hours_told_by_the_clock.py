""" "In the early hours of Monday" and "at 3 a.m. Monday" are one moment told at two precisions:
neither side is yellow. "At 9 p.m. Monday" is another time of that day: a conflict, never "both
give the same time"."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

_LEFT = "Warehouse fire\n\nThe fire started in the early hours of Monday at a warehouse in Leeds.\n"


def test_the_early_hours_and_three_in_the_morning_are_not_one_sided() -> None:
    report = compare_stories(
        _LEFT, "Warehouse fire\n\nThe fire started at 3 a.m. Monday at a warehouse in Leeds.\n"
    )
    marks = yellow(report)
    assert not any("early hours" in m or "3 a.m." in m for m in marks), marks
    assert conflict_texts(report) == []


def test_the_early_hours_against_nine_in_the_evening_are_a_conflict() -> None:
    report = compare_stories(
        _LEFT, "Warehouse fire\n\nThe fire started at 9 p.m. Monday at a warehouse in Leeds.\n"
    )
    assert ({"early hours of Monday"}, {"9 p.m. Monday"}) in conflict_texts(report)


def test_a_clock_about_the_end_of_the_early_hours_still_meets_them() -> None:
    report = compare_stories(
        _LEFT,
        "Warehouse fire\n\nThe fire started at about 5:30 a.m. Monday at a warehouse in Leeds.\n",
    )
    assert conflict_texts(report) == []
