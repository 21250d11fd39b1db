"""In a piece of Friday 2 August 2013 one article says the plant opened "three days ago", the
other "on Tuesday": counted back from the page, three days ago is Tuesday 30 July, so neither is
marked as told by one side only; "two weeks ago" is the week of 19 July and "six months ago" is
February. "On Monday" is another day and "in March" another month: those stay yellow.
"""

from __future__ import annotations

import pytest

from desktop.core.model import Report
from tests.factories import compare_texts
from tests.factories import marks_of as marks

_DATED = "2013-08-02"  # a Friday


def _report(counted: str, named: str) -> Report:
    left = f"Plant opens\n\nThe company opened the new plant in Ohio {counted}, officials said."
    right = f"New plant\n\nThe company opened the new plant in Ohio {named}, officials said."
    return compare_texts(left, right, _DATED)


@pytest.mark.parametrize(
    ("counted", "named"),
    [
        ("three days ago", "on Tuesday"),
        ("two weeks ago", "on July 19"),
        ("six months ago", "in February"),
    ],
)
def test_a_count_back_is_the_day_or_month_it_lands_on(counted: str, named: str) -> None:
    report = _report(counted, named)
    assert not marks(report, counted)
    assert not marks(report, named.split()[-1])


@pytest.mark.parametrize(
    ("counted", "named"), [("three days ago", "on Monday"), ("six months ago", "in March")]
)
def test_a_count_back_to_another_day_stays_one_sided(counted: str, named: str) -> None:
    report = _report(counted, named)
    assert marks(report, named.split()[-1])


@pytest.mark.parametrize("counted", ["a week ago", "eight days ago"])
def test_a_week_ago_falls_in_last_week(counted: str) -> None:
    """On Friday 2 August, "last week" is Monday 22 to Sunday 28 July: "a week ago" (26 July)
    and "eight days ago" (25 July) fall in it."""
    report = _report(counted, "last week")
    assert not marks(report, "last week")


def test_three_weeks_ago_is_not_last_week() -> None:
    report = _report("three weeks ago", "last week")
    assert marks(report, "last week")


def test_earlier_this_week_holds_the_days_of_the_page_week_before_it() -> None:
    """On Friday 2 August, "earlier this week" is Monday 29 July to Thursday 1 August: "on
    Tuesday" falls in it, last Saturday does not."""
    told = _report("earlier this week", "on Tuesday")
    assert not marks(told, "Tuesday")
    assert not marks(told, "earlier this week")
    assert marks(_report("earlier this week", "on Saturday"), "Saturday")
