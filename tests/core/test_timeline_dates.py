"""Dates a report gives without a year, and times it gives roughly, as the timeline places them.

Every text is made up here (no corpus text); the articles are dated 12 December 2013.
"""

from __future__ import annotations

from desktop.core.datetimes.timeline import RELATIVE, timeline
from tests.core.people_texts import parse_pair

ARTICLE_DATE = "2013-12-12"


def _when(left: str, phrase: str) -> str:
    pair = parse_pair("Man sentenced\n\n" + left, "A man was sentenced.", ARTICLE_DATE)
    for row in timeline(pair.left, pair.right, pair.pairs):
        if any(span.text == phrase for span in row.left):
            return row.when
    raise AssertionError(f"{phrase!r} is on no row")


def test_the_april_shooting_in_a_december_report_happened_that_april_not_next() -> None:
    assert _when("Wilson was sentenced for the April 7 shooting.", "April 7") == "2013-04-07"


def test_a_hearing_scheduled_for_a_month_named_without_a_year_is_the_next_one() -> None:
    body = "He is scheduled for a preliminary hearing on Feb. 4. He pleaded guilty in October."
    assert _when(body, "Feb. 4") == "2014-02-04"
    assert _when(body, "October") == "2013-10"


def test_a_case_continued_to_a_month_is_ahead_of_the_report() -> None:
    assert _when("The case against the brothers was continued to January.", "January") == "2014-01"


def test_shortly_after_a_time_is_that_time_said_roughly_not_a_relative_row() -> None:
    pair = parse_pair(
        "Shots fired\n\nThe shooting took place shortly after 9:30 p.m. on Sunday.",
        "A shooting.",
        ARTICLE_DATE,
    )
    rows = timeline(pair.left, pair.right, pair.pairs)
    assert not any(row.precision == RELATIVE for row in rows)
    assert any(span.text.endswith("9:30 p.m.") for row in rows for span in row.left)
