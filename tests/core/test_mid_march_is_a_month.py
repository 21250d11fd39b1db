"""A time told as the middle of a month or year ("mid-March", "mid-2019", "mid-October 2020") is
that month or year at its own precision: a day the other article gives inside it is the same
time, not a figure only one side gives; a day in another month still conflicts."""

from __future__ import annotations

from desktop.core.datetimes.dates import parse_date
from tests.factories import compare_texts, conflict_texts, yellow


def test_mid_october_keeps_its_month() -> None:
    told = parse_date("mid-October 2020")
    assert told is not None and (told.year, told.month) == (2020, 10)


def test_a_launch_in_mid_march_is_a_launch_on_march_15() -> None:
    report = compare_texts(
        "The phone maker launched its new handset in mid-March.",
        "The phone maker launched its new handset on March 15.",
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_a_launch_in_mid_march_is_not_a_launch_on_april_15() -> None:
    report = compare_texts(
        "The phone maker launched its new handset in mid-March.",
        "The phone maker launched its new handset on April 15.",
    )
    assert conflict_texts(report) == [({"mid-March"}, {"April 15"})]


def test_talks_in_mid_october_are_not_talks_in_november() -> None:
    report = compare_texts(
        "The talks resumed in mid-October 2020.",
        "The talks resumed on Nov. 14, 2020.",
    )
    assert conflict_texts(report) == [({"mid-October 2020"}, {"Nov. 14, 2020"})]
