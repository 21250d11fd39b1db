"""One article says "nearly 100 homes" burned, the other "more than 100": both write 100, but one
puts the count under it and the other over it. That is never "both give the same figure": it is
shown as two estimates that may both have been true when written. "About 100" and "more than
100" can be one count, and "nearly 100" / "100" is the same figure rounded (hand-written texts)."""

from __future__ import annotations

import pytest

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories


def _report(left: str, right: str) -> Report:
    return compare_stories(
        f"Fire\n\nThe storm hit on Monday. {left} homes burned.\n",
        f"Blaze\n\nThe storm hit on Monday. {right} homes burned.\n",
    )


def _kind_of(report: Report, left: str) -> FindingKind:
    return next(f.kind for f in report.findings if any(s.text == left for s in f.left))


@pytest.mark.parametrize(
    ("left", "right"), [("Nearly 100", "More than 100"), ("Fewer than 100", "At least 100")]
)
def test_estimates_either_side_of_the_figure_are_two_sizes(left: str, right: str) -> None:
    report = _report(left, right)
    assert _kind_of(report, left) is FindingKind.CONFLICT
    conflict = next(f for f in report.findings if f.kind is FindingKind.CONFLICT)
    assert "Both may be true" in conflict.reason and "same figure" not in conflict.reason


@pytest.mark.parametrize(("left", "right"), [("About 100", "More than 100"), ("Nearly 100", "100")])
def test_estimates_that_may_be_one_count_agree(left: str, right: str) -> None:
    assert _kind_of(_report(left, right), left) is FindingKind.AGREE
