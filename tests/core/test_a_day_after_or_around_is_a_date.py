"""A day of a month the model leaves untagged after "on or around" ("complete the purchase on
or around June 30") is still a date: the other article's "close on June 30" agrees with it, and
"close on July 30" does not."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_texts

_LEFT = (
    "A regional bank agreed on Wednesday to buy an online lender for $22 a share. The bank "
    "expects to complete the purchase on or around June 30, after a vote by the lender's "
    "shareholders."
)


def _right(day: str) -> str:
    return (
        "An online lender will be sold to a regional bank for $22 a share, the companies said "
        f"on Wednesday. The deal is due to close on {day}."
    )


def test_a_purchase_completed_on_or_around_june_30_closes_on_june_30() -> None:
    report = compare_texts(_LEFT, _right("June 30"))
    assert ({"June 30"}, {"June 30"}) in agreed_texts(report, MentionType.DATE)


def test_on_or_around_june_30_is_not_july_30() -> None:
    report = compare_texts(_LEFT, _right("July 30"))
    assert not any("July 30" in right for _, right in agreed_texts(report, MentionType.DATE))
