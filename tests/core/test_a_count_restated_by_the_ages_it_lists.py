"""A count of people whose apposition lists each of them by age ("Two men, 22 and 24, were shot")
is told by an article that gives every one of those ages ("a 24-year-old man ... a 22-year-old
man"): it counts the same people one by one, so no yellow mark says it never gives the count.
Twins: an article that gives only one of the ages, or another age, leaves the mark, and so does
a list shorter than the count ("Three suspects, 16 and 19")."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEAD = "Gunfire broke out outside a bar on Grand Avenue late Saturday, police said. "


def _yellow(left: str, right: str) -> list[str]:
    return yellow(compare_stories(LEAD + left, LEAD + right))


def test_two_men_22_and_24_are_told_by_a_24_year_old_and_a_22_year_old() -> None:
    marks = _yellow(
        "A 24-year-old man died and a 22-year-old man was hurt.",
        "Two men, 22 and 24, were shot; the older one died.",
    )
    assert "Two" not in marks, marks


def test_two_suspects_16_and_19_are_told_by_a_16_year_old_and_a_19_year_old() -> None:
    marks = _yellow(
        "Police arrested a 16-year-old and a 19-year-old.",
        "Two suspects, 16 and 19, were arrested.",
    )
    assert "Two" not in marks, marks


def test_two_men_22_and_24_are_not_told_by_a_24_year_old_alone() -> None:
    marks = _yellow("A 24-year-old man was shot.", "Two men, 22 and 24, were shot.")
    assert "Two" in marks, marks


def test_two_men_22_and_25_are_not_told_by_a_24_year_old_and_a_22_year_old() -> None:
    marks = _yellow(
        "A 24-year-old man died and a 22-year-old man was hurt.",
        "Two men, 22 and 25, were shot; the older one died.",
    )
    assert "Two" in marks, marks


def test_three_suspects_listing_two_ages_are_not_told_by_two_ages() -> None:
    marks = _yellow(
        "Police arrested a 16-year-old and a 19-year-old.",
        "Three suspects, 16 and 19, were arrested.",
    )
    assert "Three" in marks, marks
