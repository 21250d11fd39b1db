"""A short unit written on to its figure with no space ("a 6.7in display", "a 200g bar") is the
unit, though "in" and "g" alone are mostly a word: "6.7in" agrees with "6.7-inch" instead of
leaving a bare 6.7 yellow, and "6.1in" conflicts with it."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts


def _phone(size: str) -> str:
    return f"New phone unveiled\n\nThe new phone has a {size} display and goes on sale on Friday."


def test_a_6_7in_display_agrees_with_a_6_7_inch_display() -> None:
    report = compare_stories(_phone("6.7-inch"), _phone("6.7in"))
    assert ({"6.7-inch"}, {"6.7in"}) in agreed_texts(report)


def test_a_6_1in_display_conflicts_with_a_6_7_inch_display() -> None:
    report = compare_stories(_phone("6.7-inch"), _phone("6.1in"))
    assert ({"6.7-inch"}, {"6.1in"}) in conflict_texts(report)
