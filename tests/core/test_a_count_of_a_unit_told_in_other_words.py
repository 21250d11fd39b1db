"""A runner "41 seconds behind" finished "41 seconds later"; "the final three miles" are "the last
three miles"; a goal "after 23 minutes" came "in the 23rd minute"; a winner's "2 hours, 6
minutes and 12 seconds" is "2:06:12". The count and its unit are the fact, told in the sentence
that reports the same thing, so neither side marks it as one only it gives. Another count of
the unit, or another time on the stopwatch, stays one-sided."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, yellow

_LEFT = (
    "Kiprop wins the marathon\n\n"
    "Kenyan runner Daniel Kiprop won the city marathon on Monday in {time}, pulling away from "
    "Abebe Tola of Ethiopia over the final three miles.\n\n"
    "Tola finished second, {gap} behind, and Chris Dunn was third."
)
_RIGHT = (
    "Kiprop takes the marathon title\n\n"
    "Daniel Kiprop of Kenya won the city marathon on Monday, finishing in {time}.\n\n"
    "He left Abebe Tola of Ethiopia behind in the {stretch}.\n\n"
    "Tola crossed the line {gap} later, with Chris Dunn in third place."
)


def _marks(
    *,
    gap: tuple[str, str] = ("41 seconds", "41 seconds"),
    stretch: str = "last three miles",
    time: tuple[str, str] = ("2 hours, 6 minutes and 12 seconds", "2:06:12"),
) -> list[str]:
    left = _LEFT.format(time=time[0], gap=gap[0])
    right = _RIGHT.format(time=time[1], gap=gap[1], stretch=stretch)
    return yellow(compare_stories(left, right))


def test_a_gap_behind_is_the_same_gap_later() -> None:
    assert not [m for m in _marks() if "seconds" in m], _marks()


def test_another_gap_stays_one_sided() -> None:
    marks = _marks(gap=("41 seconds", "40 seconds"))
    assert [m for m in marks if m.startswith("40 seconds")], marks


def test_the_final_miles_are_the_last_miles() -> None:
    assert not [m for m in _marks() if "miles" in m], _marks()


def test_other_miles_stay_one_sided() -> None:
    marks = _marks(stretch="last six miles")
    assert [m for m in marks if "miles" in m], marks


@pytest.mark.parametrize(
    "time",
    [
        ("2 hours, 6 minutes and 12 seconds", "2:06:12"),
        ("2:06:12", "2 hours, 6 minutes and 12 seconds"),
        ("2 hours, 6 minutes, 12 seconds", "2:06:12"),
    ],
)
def test_a_race_time_in_words_is_the_same_time_in_figures(time: tuple[str, str]) -> None:
    marks = _marks(time=time)
    assert not [m for m in marks if "minutes" in m or ":" in m or "hours" in m], marks


def test_another_race_time_stays_one_sided() -> None:
    marks = _marks(time=("2 hours, 6 minutes and 12 seconds", "2:07:40"))
    assert "6 minutes and 12 seconds" in marks, marks


_GOAL = "United went ahead {} when Pablo Ortiz scored against Harbor Rovers on Saturday."


def test_a_goal_after_so_many_minutes_came_in_that_minute() -> None:
    report = compare_stories(_GOAL.format("after 23 minutes"), _GOAL.format("in the 23rd minute"))
    assert yellow(report) == [], yellow(report)


def test_a_goal_in_another_minute_stays_one_sided() -> None:
    report = compare_stories(_GOAL.format("after 23 minutes"), _GOAL.format("in the 32nd minute"))
    assert "23 minutes" in yellow(report), yellow(report)
