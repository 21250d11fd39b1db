"""A scale's name hyphened to its figure is read as a measure: "the magnitude-6.1 earthquake"
against "measuring 5.9 on the Richter scale" is the conflict the journalist looks for."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def test_a_hyphened_magnitude_is_compared_with_the_other_articles_magnitude() -> None:
    report = compare_stories(
        "Quake\n\nThe earthquake, measuring 5.9 on the Richter scale, struck on Sunday.\n",
        "Quake\n\nThe magnitude-6.1 earthquake struck on Sunday.\n",
    )
    assert any(
        "5.9" in "".join(left) and "6.1" in "".join(right) for left, right in conflict_texts(report)
    ), conflict_texts(report)


def test_the_same_hyphened_magnitude_is_no_conflict() -> None:
    report = compare_stories(
        "Quake\n\nThe earthquake, measuring 6.1 on the Richter scale, struck on Sunday.\n",
        "Quake\n\nThe magnitude-6.1 earthquake struck on Sunday.\n",
    )
    assert conflict_texts(report) == []
