"""A year before the word "date" ("a November 2012 release date") is the date itself, not the label
of another happening: it meets the other article's "a release date of 22 November 2013"."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Sequel gets a date\n\nThe studio said the sequel has a release date of 22 November 2013, "
    "with filming to start in the autumn.\n"
)


def test_a_release_date_told_with_another_year_is_a_conflict() -> None:
    report = compare_stories(
        _LEFT,
        "Sequel dated\n\nThe studio said it would like a November 2012 release date for the "
        "sequel, with filming to start in the autumn.\n",
    )
    assert ({"22 November 2013"}, {"November 2012"}) in conflict_texts(report)


def test_the_same_release_date_at_month_precision_is_no_conflict() -> None:
    report = compare_stories(
        _LEFT,
        "Sequel dated\n\nThe studio said it would like a November 2013 release date for the "
        "sequel, with filming to start in the autumn.\n",
    )
    assert conflict_texts(report) == []
