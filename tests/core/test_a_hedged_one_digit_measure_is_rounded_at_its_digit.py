"""A measure a reporter converts comes out as a round figure in the new unit: "two miles" (3.2
km) is told as "about three kilometres", which holds half a kilometre either side, so the two
agree. "about ten kilometres" and "four kilometres" are other distances and still conflict
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def _left(distance: str) -> str:
    return (
        "A hit-and-run driver killed a 12-year-old boy in Leeds on Thursday evening. Police "
        f"arrested a 45-year-old man on Friday. The car was found abandoned {distance} away."
    )


def _right(distance: str) -> str:
    return (
        "A boy aged 12 died after being hit by a car that failed to stop in Leeds on Thursday. "
        "A man, 45, was arrested the next day. Officers found the vehicle abandoned "
        f"{distance} away."
    )


def test_two_miles_agrees_with_about_three_kilometres() -> None:
    report = compare_stories(_left("two miles"), _right("about three kilometres"))
    assert not conflict_texts(report)


def test_two_miles_still_conflicts_with_about_ten_kilometres() -> None:
    report = compare_stories(_left("two miles"), _right("about ten kilometres"))
    assert ({"two miles"}, {"about ten kilometres"}) in conflict_texts(report)


def test_about_three_kilometres_still_conflicts_with_four_kilometres() -> None:
    report = compare_stories(_left("about three kilometres"), _right("four kilometres"))
    assert ({"about three kilometres"}, {"four kilometres"}) in conflict_texts(report)
