"""One street in two postal styles: "the 2300 block of West Madison Street" / "the 2300 block of
W. Madison St.". The compass point and the street's type spelled out on one side and abbreviated
on the other are the same address, an agreement, not a conflict on the place, and so are a
numbered street's ordinal in figures and in words ("5th Street" / "Fifth St."), no yellow mark.
Twins: another compass point ("E. Madison St."), another name ("Monroe St.") or another number
("6th St.") is another street."""

from __future__ import annotations

from desktop.core.model import MentionType, Report
from tests.factories import agreed_texts, compare_stories, place_conflicts, yellow

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


def test_fifth_st_is_5th_street_told_on_both_sides() -> None:
    report = _report("5th Street", "Fifth St.")
    assert place_conflicts(report) == [], place_conflicts(report)
    marks = yellow(report)
    assert "5th Street" not in marks and "Fifth St." not in marks, marks


def test_6th_st_is_not_5th_street() -> None:
    report = _report("5th Street", "6th St.")
    assert "5th Street" in yellow(report) or place_conflicts(report), report.findings


def test_on_fifth_st_is_on_5th_street() -> None:
    report = compare_stories(
        LEAD + "The shooting happened on 5th Street.", LEAD + "The shooting happened on Fifth St."
    )
    assert place_conflicts(report) == [], place_conflicts(report)
