"""A clock time the other article gives as the wire writes the edges of a day: "just after 11
p.m." / "late Thursday", "just before 11:30 p.m." / "late Tuesday night", "about 2:30 a.m." /
"early Sunday". The phrase holds the clock's hour, so the other article tells the moment at its
own precision and no yellow mark says it never does. A clock outside those hours ("just after 11
a.m." / "late Thursday", "about 2:30 p.m." / "early Sunday") stays marked (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, yellow


def _left(clock: str) -> str:
    return (
        "A woman was shot in her leg at a home in Eastwood, police said. "
        f"The shooting happened {clock} on Elm Drive."
    )


def _right(day: str) -> str:
    return f"A woman was shot in her leg at her home in Eastwood {day}, police said."


def test_a_clock_late_in_the_evening_is_told_by_late_thursday() -> None:
    report = compare_stories(_left("just after 11 p.m."), _right("late Thursday"))
    assert "just after 11 p.m." not in yellow(report), report.findings


def test_a_clock_before_midnight_is_told_by_late_tuesday_night() -> None:
    report = compare_stories(_left("just before 11:30 p.m."), _right("late Tuesday night"))
    assert "just before 11:30 p.m." not in yellow(report), report.findings


def test_a_clock_in_the_small_hours_is_told_by_early_sunday() -> None:
    report = compare_stories(_left("at about 2:30 a.m."), _right("early Sunday"))
    assert not [w for w in yellow(report) if "2:30" in w], report.findings


def test_a_morning_clock_stays_marked_against_late_thursday() -> None:
    report = compare_stories(_left("just after 11 a.m."), _right("late Thursday"))
    assert "just after 11 a.m." in yellow(report), report.findings


def test_an_afternoon_clock_stays_marked_against_early_sunday() -> None:
    report = compare_stories(_left("at about 2:30 p.m."), _right("early Sunday"))
    assert [w for w in yellow(report) if "2:30" in w], report.findings
