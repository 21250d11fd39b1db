"""A compass point that opens a street's name is part of the name: "West Madison Street" and
"East Madison Street" are two streets (or two ends of one, miles apart), so a shooting placed on
one and on the other is a conflict on the place, not one street agreed. Twins: the compass point
abbreviated ("W. Madison St.") or left out ("Madison Street") is the same street told at its own
precision, and a lower-case compass before a city ("north Minneapolis") still holds the city."""

from __future__ import annotations

from desktop.core.model import Report
from tests.factories import compare_stories, place_conflicts

LEAD = "A 19-year-old man was shot and wounded early Sunday, police said. "


def _report(left_place: str, right_place: str) -> Report:
    return compare_stories(
        LEAD + f"Officers found him on {left_place} shortly after the shots were heard.",
        LEAD + f"Officers found him on {right_place} shortly after the shots were heard.",
    )


def test_east_madison_street_is_not_west_madison_street() -> None:
    report = _report("West Madison Street", "East Madison Street")
    assert ({"West Madison Street"}, {"East Madison Street"}) in place_conflicts(report), (
        report.findings
    )


def test_south_main_street_is_not_north_main_street() -> None:
    report = _report("North Main Street", "South Main Street")
    assert place_conflicts(report), report.findings


def test_w_madison_st_is_still_west_madison_street() -> None:
    report = _report("West Madison Street", "W. Madison St.")
    assert place_conflicts(report) == [], place_conflicts(report)


def test_madison_street_without_its_compass_point_is_still_west_madison_street() -> None:
    report = _report("West Madison Street", "Madison Street")
    assert place_conflicts(report) == [], place_conflicts(report)


def test_north_minneapolis_is_still_minneapolis() -> None:
    report = compare_stories(
        LEAD + "The shooting happened in north Minneapolis after a party.",
        LEAD + "The shooting happened in Minneapolis after a party.",
    )
    assert place_conflicts(report) == [], place_conflicts(report)
