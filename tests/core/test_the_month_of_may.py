"""The month "May" is read as a date, though "may" the modal is not: "closed in May" against
"closed in June" is a conflict on the month; "police may release" gives no date at all."""

from __future__ import annotations

from desktop.core.datetimes.dates import parse_date
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Plant shut\n\nThe tyre factory closed in May after a fire, the company said. "
    "About 40 workers lost their jobs.\n"
)


def test_a_factory_closed_in_may_or_in_june_is_a_conflict_on_the_month() -> None:
    report = compare_stories(
        _LEFT,
        "Plant shut\n\nThe tyre factory closed in June after a fire, the company said. "
        "About 40 workers lost their jobs.\n",
    )
    assert ({"May"}, {"June"}) in conflict_texts(report)


def test_closed_in_may_and_in_early_may_agree() -> None:
    report = compare_stories(
        _LEFT,
        "Plant shut\n\nThe tyre factory closed in early May after a fire, the company said. "
        "About 40 workers lost their jobs.\n",
    )
    assert conflict_texts(report) == []


def test_the_modal_may_is_no_month() -> None:
    assert parse_date("may", None) is None
    assert parse_date("May God", None) is None
    month = parse_date("in May", None)
    assert month is not None and month.month == 5 and month.day is None
