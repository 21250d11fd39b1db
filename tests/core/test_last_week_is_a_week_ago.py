""" "The man had been dismissed last week" and "The man had been dismissed a week ago" count the
same week back from the writing: the week is told by both, and no yellow mark says the other
article never gives it (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import yellow

OPENING = "A worker shot his boss at a factory in Leeds on Monday, police said. "
LEFT = (
    "Worker shoots boss\n\n" + OPENING + "The man had been dismissed last week after a quarrel "
    "with the boss."
)
RIGHT = (
    "Boss shot at Leeds factory\n\n" + OPENING + "The man had been dismissed a week ago after a "
    "quarrel with the boss."
)


def test_last_week_is_told_by_a_week_ago() -> None:
    assert "last week" not in yellow(compare(LEFT, RIGHT))
    assert "last week" not in yellow(compare(RIGHT, LEFT))


def test_last_week_is_not_told_by_a_year_ago() -> None:
    right = RIGHT.replace("a week ago", "a year ago")
    assert "last week" in yellow(compare(LEFT, right))
