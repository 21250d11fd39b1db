"""A weekday said with "next" lies after the page's date, one said with "last" on that same
weekday a week before it: "next Tuesday" on a Tuesday page is the 14th, not that day."""

from __future__ import annotations

from datetime import date

from desktop.core.datetimes.dates import parse_date
from tests.factories import compare_stories, conflict_texts

_TUESDAY = date(2024, 5, 7)


def test_next_tuesday_on_a_tuesday_page_meets_the_date_a_week_on() -> None:
    report = compare_stories(
        "Vote set\n\nThe council vote will take place next Tuesday, the mayor said.\n",
        "Vote set\n\nThe council vote will take place on May 14, the mayor said.\n",
    )
    assert conflict_texts(report) == []


def test_weekdays_read_against_the_page_date() -> None:
    assert parse_date("next Tuesday", _TUESDAY) == parse_date("May 14, 2024", None)
    assert parse_date("this coming Friday", _TUESDAY) == parse_date("May 10, 2024", None)
    assert parse_date("last Tuesday", _TUESDAY) == parse_date("April 30, 2024", None)
    assert parse_date("Friday", _TUESDAY) == parse_date("May 3, 2024", None)
    next_year = parse_date("next year", _TUESDAY)
    assert next_year is not None and next_year.year == 2025
