"""One article says the ferry sank "in the early hours of Wednesday", the other "before dawn on
Wednesday": the two parts of the day share their hours, so each tells the other's moment at the
precision it gives, and neither is marked as told by one side only. An evening is another
moment (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import Report
from tests.factories import compare_stories
from tests.factories import marks_of as marks


def _report(left_time: str, right_time: str) -> Report:
    return compare_stories(
        f"Ferry sinks\n\nThe ferry sank {left_time}, the coast guard said.\n",
        f"Ferry lost\n\nThe ferry sank {right_time}, the coast guard said.\n",
    )


def test_before_dawn_tells_the_early_hours_of_the_same_day() -> None:
    report = _report("in the early hours of Wednesday", "before dawn on Wednesday")
    assert not marks(report, "before dawn")
    assert not marks(report, "early hours")


def test_an_evening_does_not_tell_before_dawn() -> None:
    report = _report("on Wednesday evening", "before dawn on Wednesday")
    assert marks(report, "before dawn")
