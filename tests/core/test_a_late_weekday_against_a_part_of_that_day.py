"""A bare "late Wednesday" is the latter part of the day, the late afternoon included: the wire
writes it of a shooting at 5 p.m. as of one at 11 p.m. Against "Wednesday afternoon" it tells no
other time, so the two are no conflict. Twins: "Wednesday morning" and "late Wednesday night"
share no hour with the other side, and "early Wednesday" is the other end of the day."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEAD = "A 27-year-old man was shot outside a bar on Elm Street, police said. "


def _conflicts(left_time: str, right_time: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(
        LEAD + f"The shooting happened {left_time} after an argument inside the bar.",
        LEAD + f"The shooting happened {right_time} after an argument inside the bar.",
    )
    return [c for c in conflict_texts(report) if c != ({"Elm Street"}, {"Elm Street"})]


def test_wednesday_afternoon_and_late_wednesday_are_no_conflict() -> None:
    assert _conflicts("Wednesday afternoon", "late Wednesday") == []


def test_late_wednesday_afternoon_and_late_wednesday_are_no_conflict() -> None:
    assert _conflicts("late Wednesday afternoon", "late Wednesday") == []


def test_wednesday_morning_against_late_wednesday_stays_a_conflict() -> None:
    assert _conflicts("Wednesday morning", "late Wednesday"), "a morning is not late in the day"


def test_wednesday_afternoon_against_late_wednesday_night_stays_a_conflict() -> None:
    assert _conflicts("Wednesday afternoon", "late Wednesday night")


def test_early_wednesday_against_late_wednesday_stays_a_conflict() -> None:
    assert _conflicts("early Wednesday", "late Wednesday")
