"""Two sentences told alike but for the time: "in the early hours of Sunday" / "at about 1:30
a.m. Sunday" give one moment at two precisions, not a time swapped for another. A clock outside
the hours the words name ("about 9 p.m.") still conflicts with them, as two clocks do."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts

LEFT = "The shooting happened in the early hours of Sunday outside a bar on Main Street."
RIGHT = "The shooting happened at {} Sunday outside a bar on Main Street."


def _time_conflicts(left: str, right: str) -> list[tuple[str, str]]:
    report = compare_texts(left, right)
    return [
        (f.left[0].text, f.right[0].text)
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.TIME
    ]


def test_half_past_one_in_the_morning_lies_in_the_early_hours() -> None:
    assert _time_conflicts(LEFT, RIGHT.format("about 1:30 a.m.")) == []


def test_nine_in_the_evening_is_not_the_early_hours() -> None:
    assert _time_conflicts(LEFT, RIGHT.format("about 9 p.m.")) == [("early hours", "about 9 p.m.")]


def test_two_clocks_told_alike_but_for_the_hour_still_conflict() -> None:
    left = "The shooting happened at 9 a.m. Sunday outside a bar on Main Street."
    assert _time_conflicts(left, RIGHT.format("10 a.m.")) == [("9 a.m.", "10 a.m.")]
