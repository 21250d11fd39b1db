"""A curfew imposed "for a week" lasts seven days, told as round as people say it: it agrees
with "a seven-day curfew" and conflicts with "a three-day curfew", where "a week" was no figure
at all. "A week ago" is a point in time, no length (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "A curfew was imposed for a week in the city of Kandy after anti-Muslim riots in which two "
    "people died, police said on Tuesday. About 1,500 troops were deployed to restore order. "
    "Police said 24 people had been arrested."
)


def _right(days: str) -> str:
    return (
        f"Police said Tuesday a {days}-day curfew had been imposed in Kandy following anti-Muslim "
        "violence that left two people dead. Some 1,500 soldiers have been sent to the area. "
        "Twenty-four people have been detained, according to police."
    )


def test_a_curfew_for_a_week_conflicts_with_a_three_day_curfew() -> None:
    assert ({"a week"}, {"three-day"}) in conflict_texts(compare_stories(LEFT, _right("three")))


def test_a_curfew_for_a_week_agrees_with_a_seven_day_curfew() -> None:
    assert not conflict_texts(compare_stories(LEFT, _right("seven")))


def test_a_week_ago_is_no_length() -> None:
    left = LEFT.replace("was imposed for a week in", "was imposed a week ago in")
    assert not any(
        "a week" in mine for mine, _ in conflict_texts(compare_stories(left, _right("three")))
    )
