"""A length told in two units ("two hours and 28 minutes", "an hour and 45 minutes") is their
sum: a film's running time or an operation's length agrees with the same length told in minutes
("148 minutes"), where it was read as a clock time and marked as told by one article only; a
length that differs conflicts."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

LEFT = (
    "Surgeons at Mercy Hospital separated conjoined twins on Saturday, the hospital said. The "
    "operation lasted {length}. The girls are in stable condition."
)
RIGHT = (
    "Doctors at Mercy Hospital separated conjoined twin girls on Saturday. The operation lasted "
    "{minutes} minutes. Both babies are stable, the hospital said."
)


def test_two_hours_and_28_minutes_agree_with_148_minutes() -> None:
    report = compare_stories(
        LEFT.format(length="two hours and 28 minutes"), RIGHT.format(minutes=148)
    )
    assert ({"two hours and 28 minutes"}, {"148 minutes"}) in agreed_texts(report), yellow(report)


def test_an_hour_and_45_minutes_agree_with_105_minutes() -> None:
    report = compare_stories(
        LEFT.format(length="an hour and 45 minutes"), RIGHT.format(minutes=105)
    )
    assert ({"an hour and 45 minutes"}, {"105 minutes"}) in agreed_texts(report), yellow(report)


def test_two_hours_and_28_minutes_conflict_with_163_minutes() -> None:
    report = compare_stories(
        LEFT.format(length="two hours and 28 minutes"), RIGHT.format(minutes=163)
    )
    assert ({"two hours and 28 minutes"}, {"163 minutes"}) in conflict_texts(report), yellow(report)
