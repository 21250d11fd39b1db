"""A day or a clock time tells the step of the story it hangs on: the day of an arrest is not
the day of the shooting, nor the time of a death the time of the shots; a value hanging on no
known step is compared as before (hand-built facts)."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import DateValue
from desktop.core.findings.datetimes.days.steps import days_of_two_steps, two_steps
from desktop.core.model import MentionType


def _when(text: str, mtype: MentionType, verb: str, day: int | None = None) -> Fact:
    fact = Fact(0, len(text), text, mtype, "", 0, slot={verb: 1.0})
    fact.date = DateValue(2013, 6, day) if day is not None else None
    return fact


def test_shot_on_june_3_and_arrested_on_june_12_are_two_steps() -> None:
    shot = _when("June 3", MentionType.DATE, "shoot", 3)
    assert days_of_two_steps(shot, _when("June 12", MentionType.DATE, "arrest", 12))
    assert not days_of_two_steps(shot, _when("June 4", MentionType.DATE, "shoot", 4))
    assert not days_of_two_steps(shot, _when("June 4", MentionType.DATE, "say", 4))


def test_pronounced_dead_at_1_05_and_shot_at_12_40_are_two_steps() -> None:
    shot = _when("12:40 a.m.", MentionType.TIME, "shoot")
    assert two_steps(_when("1:05 a.m.", MentionType.TIME, "pronounce"), shot)
    assert not two_steps(_when("12:50 a.m.", MentionType.TIME, "shoot"), shot)
