"""A police report counts the shots fired as rounds, bullets or gunshots: "Officers fired 14
rounds" and "Police fired 14 shots" give one count of the gunfire, an agreement, where each
figure was left yellow as a count of another thing. Twins: "four shots" against "14 rounds" is a
conflict on the count, and "20 shell casings" found stay apart from "20 shots" fired."""

from __future__ import annotations

from desktop.core.model import Report
from tests.factories import compare_stories, conflict_texts, yellow

LEAD = "Officers shot and wounded a man who pointed a gun at them on Sunday, police said. "


def _report(left: str, right: str) -> Report:
    return compare_stories(LEAD + left, LEAD + right)


def test_fourteen_rounds_are_fourteen_shots() -> None:
    report = _report(
        "Two officers fired 14 rounds at the man.", "Two officers fired 14 shots at the man."
    )
    assert "14" not in yellow(report), yellow(report)
    assert conflict_texts(report) == [], conflict_texts(report)


def test_thirty_bullets_are_thirty_gunshots() -> None:
    report = _report(
        "Neighbors said the officers fired about 30 bullets.",
        "Neighbors said the officers fired about 30 gunshots.",
    )
    assert yellow(report) == [], yellow(report)


def test_four_shots_are_not_fourteen_rounds() -> None:
    report = _report(
        "Two officers fired 14 rounds at the man.", "Two officers fired four shots at the man."
    )
    assert ({"14"}, {"four"}) in conflict_texts(report), report.findings


def test_casings_found_are_no_shots_fired() -> None:
    report = _report(
        "Investigators found 20 shell casings at the scene.",
        "Investigators said the officers fired 12 shots.",
    )
    assert conflict_texts(report) == [], conflict_texts(report)
