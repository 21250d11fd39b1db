"""Conflicts told in each article's own words: two clock times of one shooting, a killing told as
"shot dead", and the missing told as "unaccounted for"."""

from __future__ import annotations

from desktop.core.model import Report
from tests.factories import compare_texts, conflict_texts

BAR = "Shooting at Ashford bar\n\n"


def compare(left: str, right: str) -> Report:
    return compare_texts(left, right, "2024-05-06")


def caught(report: Report, left: str, right: str) -> bool:
    return any(
        any(left in t for t in lt) and any(right in t for t in rt)
        for lt, rt in conflict_texts(report)
    )


def test_nine_pm_and_eleven_pm_for_the_same_shooting_are_a_conflict() -> None:
    report = compare(
        BAR + "A gunman opened fire at a bar in Ashford shortly after 9 p.m. on Sunday, killing "
        "two men. The gunman fled on foot.",
        BAR + "Two men died after a gunman started shooting at an Ashford bar at about 11 p.m. "
        "Sunday. The gunman fled on foot.",
    )
    assert caught(report, "9 p.m.", "11 p.m."), conflict_texts(report)


def test_three_men_shot_dead_contradicts_a_gunman_killed_two_men() -> None:
    report = compare(
        BAR + "Three men were shot dead at a bar in Ashford on Sunday, police said. The gunman "
        "fled on foot.",
        BAR + "A gunman killed two men at an Ashford bar on Sunday, police said. The gunman fled "
        "on foot.",
    )
    assert caught(report, "Three", "two"), conflict_texts(report)


def test_twenty_unaccounted_for_contradicts_twelve_missing() -> None:
    report = compare(
        "Ferry sinks off Tarrow\n\nA ferry sank off Tarrow island on Sunday. Twelve passengers are "
        "still missing, officials said.",
        "Ferry sinks off Tarrow\n\nA ferry sank off Tarrow island on Sunday. Officials said 20 "
        "people remained unaccounted for.",
    )
    assert caught(report, "Twelve", "20"), conflict_texts(report)
