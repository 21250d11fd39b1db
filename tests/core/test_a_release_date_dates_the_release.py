"""A release date dates the release: "a November 2013 release date" and "a November 2012
release" are two dates for one release, while a date the release date was set on is another
happening's."""

from __future__ import annotations

from tests.factories import compare_stories, day_conflicts

_RIGHT = "Sequel booked\n\nThe studio already has booked a November 2012 release for the sequel.\n"


def test_a_release_date_and_a_release_given_two_years_conflict() -> None:
    report = compare_stories(
        "Sequel pressure\n\nThe studio is under pressure to meet a previously announced "
        "November 2013 release date for the sequel.\n",
        _RIGHT,
    )
    assert ({"November 2013"}, {"November 2012"}) in day_conflicts(report)


def test_the_day_a_release_date_was_set_is_not_the_release() -> None:
    report = compare_stories(
        "Sequel pressure\n\nThe studio set the release date for the sequel in November 2013.\n",
        _RIGHT,
    )
    assert day_conflicts(report) == []


def test_a_release_date_and_the_same_release_month_agree() -> None:
    report = compare_stories(
        "Sequel pressure\n\nThe studio is under pressure to meet a previously announced "
        "November 2012 release date for the sequel.\n",
        _RIGHT,
    )
    assert day_conflicts(report) == []


def test_a_release_date_told_after_of_and_before_date_still_conflict() -> None:
    report = compare_stories(
        "Sequel gets a date\n\nThe sequel has a release date of 22 November 2013 with production "
        "starting later in the year.\n\nThe studio hired a new director.\n",
        "Sequel news\n\nThe studio hired a new director for the sequel.\n\nLast year, the studio "
        "staked out a November 22, 2012 release date for the sequel.\n",
    )
    assert ({"22 November 2013"}, {"November 22, 2012"}) in day_conflicts(report)
