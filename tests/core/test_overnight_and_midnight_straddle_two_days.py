""" "overnight Friday" and "around midnight Saturday" name a night that runs into the next date:
a shooting "at 2 a.m. Saturday" or "at 12:05 a.m. Sunday" is the same night told by the other
date, no conflict. Twins: the small hours of a day after that ("2 a.m. Sunday" against "overnight
Friday") still conflict, and "after midnight Sunday" is Sunday's small hours only."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEAD = "A man was shot and killed outside a bar on Grand Avenue, police said. "


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(compare_stories(LEAD + left, LEAD + right))


def test_overnight_friday_is_the_night_that_ends_at_2_am_saturday() -> None:
    found = _conflicts(
        "The shooting happened overnight Friday.", "The shooting happened at 2 a.m. Saturday."
    )
    assert found == [], found


def test_around_midnight_saturday_is_the_night_that_ends_at_12_05_am_sunday() -> None:
    found = _conflicts(
        "The shooting happened around midnight Saturday.",
        "The shooting happened at 12:05 a.m. Sunday.",
    )
    assert found == [], found


def test_overnight_friday_is_not_2_am_sunday() -> None:
    found = _conflicts(
        "The shooting happened overnight Friday.", "The shooting happened at 2 a.m. Sunday."
    )
    assert found, found


def test_around_midnight_saturday_is_not_12_05_am_monday() -> None:
    found = _conflicts(
        "The shooting happened around midnight Saturday.",
        "The shooting happened at 12:05 a.m. Monday.",
    )
    assert found, found


def test_after_midnight_sunday_is_not_the_small_hours_of_monday() -> None:
    found = _conflicts(
        "The shooting happened shortly after midnight Sunday.",
        "The shooting happened at 12:30 a.m. Monday.",
    )
    assert found, found
