"""One street in two postal styles: "the 2300 block of West Madison Street" / "the 2300 block of
W. Madison St.". The compass point and the street's type spelled out on one side and abbreviated
on the other are the same address, an agreement, not a conflict on the place. Twins: another
compass point ("E. Madison St.") or another name ("Monroe St.") still conflicts."""

from __future__ import annotations

from desktop.core.model import MentionType, Report
from tests.factories import agreed_texts, compare_stories, place_conflicts

LEAD = "A 24-year-old man was shot and wounded Saturday night, police said. "


def _report(left_street: str, right_street: str) -> Report:
    return compare_stories(
        LEAD + f"The shooting happened in the 2300 block of {left_street}.",
        LEAD + f"The shooting happened in the 2300 block of {right_street}.",
    )


def test_madison_st_is_madison_street() -> None:
    report = _report("Madison Street", "Madison St.")
    assert place_conflicts(report) == [], place_conflicts(report)


def test_w_madison_st_is_west_madison_street() -> None:
    report = _report("West Madison Street", "W. Madison St.")
    assert place_conflicts(report) == [], place_conflicts(report)
    assert ({"West Madison Street"}, {"W. Madison St"}) in agreed_texts(
        report, MentionType.PLACE
    ), agreed_texts(report)


def test_s_western_ave_is_south_western_avenue() -> None:
    report = _report("South Western Avenue", "S. Western Ave.")
    assert place_conflicts(report) == [], place_conflicts(report)


def test_e_madison_st_is_not_west_madison_street() -> None:
    report = _report("West Madison Street", "E. Madison St.")
    assert place_conflicts(report), report.findings


def test_monroe_st_is_not_madison_street() -> None:
    report = _report("Madison Street", "Monroe St.")
    assert place_conflicts(report), report.findings
