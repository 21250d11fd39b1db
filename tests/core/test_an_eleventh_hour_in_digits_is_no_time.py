""" "another 11th hour Baker ordinance" is one made at the last moment, as "an eleventh-hour
ordinance" is: no clock time, so no yellow "only the left gives the time" mark inside a statement
both articles make. A real hour the other article never gives, or an ordinal that counts ("his
11th year"), keeps its mark (hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_RIGHT = (
    "Mayor Diaz struck down an ordinance that let builders skip wildlife reviews.\n"
    "The ordinance was adopted by his predecessor Tom Baker in his final weeks."
)


def _left_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left}


def test_an_eleventh_hour_in_digits_marks_no_time() -> None:
    left = (
        "On June 4, Mayor Diaz struck down another 11th hour Baker ordinance that let builders "
        "skip wildlife reviews.\n"
        "The ordinance was adopted by his predecessor Tom Baker in his final weeks."
    )
    marks = _left_only(compare_stories(left, _RIGHT))
    assert "June 4" in marks  # the day only the left gives stays marked
    assert not any("11th hour" in m for m in marks)


def test_a_clock_time_or_a_counting_ordinal_keeps_its_mark() -> None:
    left = (
        "At 11 p.m., Mayor Diaz struck down an ordinance that let builders skip wildlife "
        "reviews.\nThe ordinance was adopted by his predecessor Tom Baker in his 11th year in "
        "office."
    )
    marks = _left_only(compare_stories(left, _RIGHT))
    assert "11 p.m." in marks
    assert "his 11th year" in marks
