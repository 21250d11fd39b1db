"""A length of time told in hours by one article and in days by the other is one length: "held
for two days" and "held for 48 hours" agree, "held for three days" and "held for 48 hours" clash
(hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories, conflict_texts, quoted


def _held(left: str, right: str) -> Report:
    return compare_stories(
        f"Hostages freed\n\nThe hostages were held for {left}, police said.\n",
        f"Siege ends\n\nThe hostages were held for {right}, police said.\n",
    )


def _agreed(report: Report) -> list[tuple[set[str], set[str]]]:
    return quoted([f for f in report.findings if f.kind is FindingKind.AGREE])


def test_two_days_and_48_hours_agree() -> None:
    assert ({"two days"}, {"48 hours"}) in _agreed(_held("two days", "48 hours"))


def test_three_days_and_48_hours_clash() -> None:
    assert ({"three days"}, {"48 hours"}) in conflict_texts(_held("three days", "48 hours"))


def test_two_hours_and_120_minutes_agree() -> None:
    assert ({"two hours"}, {"120 minutes"}) in _agreed(_held("two hours", "120 minutes"))
