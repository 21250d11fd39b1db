"""A season counted from the page ("last summer") and a year counted the same way ("last year")
in related sentences are one time at two precisions, checked against the pages' dates."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

RECORD = (
    "Hawks make offer\n\nThe Hawks offered an eight-year contract to the pitcher on Friday. The "
    "value could almost double the club record, the $90 million guaranteed last year to Tom "
    "Bradley."
)
RECORD_BY_SEASON = (
    "Hawks go big\n\nThe Hawks made an eight-year offer to the pitcher on Friday. It would dwarf "
    "the $90 million deal that Tom Bradley got just last summer."
)


def test_last_year_is_told_by_last_summer_when_no_page_date_can_tell_them_apart() -> None:
    report = compare_texts(RECORD, RECORD_BY_SEASON)
    assert "last year" not in yellow(report), yellow(report)


def test_last_year_is_told_by_last_summer_on_a_spring_page() -> None:
    report = compare_texts(RECORD, RECORD_BY_SEASON, "2009-03-02")
    assert "last year" not in yellow(report), yellow(report)


def test_last_summer_on_a_december_page_is_this_year_so_last_year_stays_one_sided() -> None:
    report = compare_texts(RECORD, RECORD_BY_SEASON, "2008-12-13")
    assert "last year" in yellow(report), yellow(report)
