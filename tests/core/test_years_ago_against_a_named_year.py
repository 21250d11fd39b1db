"""A count of years back on a dated page names a year ("founded 25 years ago" on a 2024 page is
1999): it agrees with the other article's "founded in 1999" and conflicts with "founded in
1989"; a year either side still agrees, as the page's day and the founding's may straddle a new
year."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow


def _founded(when: str) -> str:
    return (
        "Solar maker expands\n\n"
        f"Brightline, which was founded {when} in Austin, makes solar panels, the company said."
    )


def test_founded_25_years_ago_conflicts_with_founded_in_1989() -> None:
    report = compare_stories(_founded("25 years ago"), _founded("in 1989"))
    assert ({"25 years ago"}, {"1989"}) in conflict_texts(report)


def test_founded_25_years_ago_does_not_conflict_with_founded_in_1998() -> None:
    report = compare_stories(_founded("25 years ago"), _founded("in 1998"))
    assert not conflict_texts(report)
    assert not yellow(report)
