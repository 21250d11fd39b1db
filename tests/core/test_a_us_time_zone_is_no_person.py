"""A US time zone as markets copy writes it after a clock time, "9:40 a.m. ET", is the zone of
the clock, never a person named "ET"; the clock itself agrees with "9:40 a.m. Eastern time"."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import compare_texts, conflict_texts, left_only_types, yellow

_ET = (
    "Skyward Cloud suffered an outage on Tuesday that took down thousands of websites. "
    "Problems started at 9:40 a.m. ET, the company said."
)


def test_et_after_a_clock_time_names_no_one() -> None:
    assert MentionType.PERSON not in left_only_types(_ET, "Nothing happened today.", "ET")


def test_the_clock_in_et_agrees_with_the_clock_in_eastern_time() -> None:
    report = compare_texts(
        "A global outage knocked Skyward Cloud's services offline on Tuesday. The disruption "
        "began at 9:40 a.m. Eastern time and affected thousands of websites.",
        _ET,
    )
    assert conflict_texts(report) == []
    assert "ET" not in yellow(report)
