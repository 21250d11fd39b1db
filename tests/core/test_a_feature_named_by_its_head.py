"""A gulf, a sea or a valley named in full on one side and by its head on the other ("the Persian
Gulf" / "at the entrance to the Gulf") is one feature: no yellow mark on the full name. Where the
other article also names another gulf in full ("the Gulf of Oman"), "the Gulf" may be that one,
and the mark stays (hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_LEFT = (
    "A cargo ship and a fishing boat collided on Sunday in the Persian Gulf, injuring four "
    "sailors.\nThe fishing boat sank within an hour."
)


def _left_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left}


def test_a_gulf_named_by_its_head_tells_the_full_name() -> None:
    right = (
        "A cargo ship and a fishing boat collided on Sunday in the Gulf, injuring four "
        "sailors.\nThe fishing boat sank within an hour."
    )
    assert not any("Persian Gulf" in m for m in _left_only(compare_stories(_LEFT, right)))


def test_another_gulf_named_in_full_keeps_the_mark() -> None:
    right = (
        "A cargo ship and a fishing boat collided on Sunday in the Gulf, injuring four "
        "sailors.\nThe fishing boat sank within an hour, near where the Gulf of Oman opens."
    )
    assert any("Persian Gulf" in m for m in _left_only(compare_stories(_LEFT, right)))
