"""Two clock times a few minutes apart are one time told twice, whether the two sentences are
compared (a conflict turned into "told differently") or one time is looked up in the other
article (no yellow mark): one measure of "close" serves both (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts, conflicts, yellow

LEFT = "Bar shooting\n\nThe first shots were fired outside the bar at 10:32 p.m., police said."
RIGHT = "Bar shooting\n\nThe first shots were fired outside the bar at 10:40 p.m., police said."


def test_shots_at_10_32_and_at_10_40_are_one_time_told_twice() -> None:
    report = compare_texts(LEFT, RIGHT, "2024-05-10")
    assert not conflicts(report)
    assert any(f.kind is FindingKind.AGREE and f.type is MentionType.TIME for f in report.findings)


def test_the_shots_and_a_neighbour_s_call_minutes_later_are_not_marked_one_sided() -> None:
    opening = "Two men were wounded in a shooting outside a bar on Main Street, police said."
    report = compare_texts(
        f"Bar shooting\n\n{opening} The first shots were fired at 10:32 p.m.",
        f"Bar shooting\n\n{opening} A neighbour who heard the gunfire called 911 at 10:40 p.m. "
        "and waited for officers.",
        "2024-05-10",
    )
    assert not yellow(report), yellow(report)


def test_shots_at_10_32_and_at_11_30_are_two_times() -> None:
    report = compare_texts(LEFT, RIGHT.replace("10:40", "11:30"), "2024-05-10")
    assert conflicts(report)
