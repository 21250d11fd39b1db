"""A town one article names, the other places by its distance and direction from a named point:
"a motorist in Flint" / "a motorist 50 miles north of Detroit" tell one place."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = (
    "A gunman shot three people at an office in suburban Detroit on Monday, police said.\n"
    "Two hours later, a tip came from a motorist in {town}, about 50 miles north of here.\n"
    "Officers chased the suspect for about 30 miles before they arrested him."
)
_RIGHT = (
    "A gunman shot three people at an office in suburban Detroit on Monday, police said.\n"
    "Two hours later, a motorist 50 miles north of Detroit spotted the car and called police.\n"
    "Officers chased the suspect for about 30 miles before they arrested him."
)


def test_a_town_fifty_miles_north_of_detroit_is_told_by_that_distance() -> None:
    report = compare_stories(_LEFT.format(town="Flint"), _RIGHT)
    assert "Flint" not in yellow(report)


def test_a_town_the_other_way_from_detroit_keeps_its_mark() -> None:
    # Toledo lies about 50 miles south of Detroit, not north: the right article never names it.
    report = compare_stories(_LEFT.format(town="Toledo"), _RIGHT)
    assert "Toledo" in yellow(report)


def test_a_town_much_farther_away_keeps_its_mark() -> None:
    # Traverse City lies north of Detroit, but some 200 miles away.
    report = compare_stories(_LEFT.format(town="Traverse City"), _RIGHT)
    assert "Traverse City" in yellow(report)
