"""The LAPD is the Los Angeles police: "The LAPD said" / "Los Angeles police said" leaves no
yellow mark on either name; another city's police stays a fact of its own."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = "Officers hurt\n\nThe LAPD said two officers were hurt in the chase on Friday.\n"


def test_the_lapd_and_los_angeles_police_are_one_department() -> None:
    report = compare_stories(
        _LEFT, "Officers hurt\n\nLos Angeles police said two officers were hurt in the chase.\n"
    )
    marks = yellow(report)
    assert not any(m in ("LAPD", "Los Angeles") for m in marks), marks


def test_another_citys_police_is_not_the_lapd() -> None:
    report = compare_stories(
        _LEFT, "Officers hurt\n\nLong Beach police said two officers were hurt in the chase.\n"
    )
    assert "LAPD" in yellow(report), yellow(report)
