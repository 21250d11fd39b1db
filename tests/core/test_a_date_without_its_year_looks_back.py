"""A day and month without a year ("It was Nov. 1") is the nearest such day to the article's own
date: in a follow-up printed on 1 January it is the November just gone, the Sunday the first
report dated the shooting by, and no yellow mark says the first report never gives that day.
Twin: a day a week ahead of the page ("Nov. 8" in a piece of 30 October) stays this year's."""

from __future__ import annotations

from datetime import date

from desktop.core.compare import compare_documents
from desktop.core.datetimes.dates import parse_date
from desktop.core.model import Document
from tests.factories import yellow

FIRST = (
    "An 11-year-old boy was shot dead in his home in Mount Oliver on Sunday night, police said. "
    "His brother, 16, was critically injured."
)
FOLLOW_UP = (
    "Two months on, no one has been charged in the killing of an 11-year-old boy in Mount Oliver. "
    "It was Nov. 1, just before 9 p.m., when the boy was shot in his home."
)


def test_nov_1_in_a_january_follow_up_is_the_sunday_the_first_report_gives() -> None:
    report = compare_documents(
        Document(source="left.txt", text=FIRST, date="2015-11-02"),
        Document(source="right.txt", text=FOLLOW_UP, date="2016-01-01"),
    )
    assert "Nov. 1" not in yellow(report), yellow(report)


def test_a_date_without_a_year_is_the_nearest_such_day() -> None:
    assert parse_date("Nov. 1", date(2016, 1, 1)) == parse_date("November 1, 2015", None)
    assert parse_date("Nov. 8", date(2024, 10, 30)) == parse_date("November 8, 2024", None)
