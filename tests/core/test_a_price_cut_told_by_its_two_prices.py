"""A price cut told by its size in one article ("gets a price cut of $100") and by its two ends
in the other ("now sells for $399, down from $499") is one fact both state: agreed, no yellow
mark. Two ends $50 apart are another change than a cut of $100: they stay one-sided."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_texts, yellow

_RIGHT = (
    "Kestrel unveiled its new phone on Tuesday. The older K2 gets a price cut of $100, the "
    "company said."
)


def _left(old_price: str) -> str:
    return (
        "Kestrel launched a new phone on Tuesday. The older K2 now sells for $399, down from "
        f"{old_price}."
    )


def test_a_cut_of_100_dollars_is_399_down_from_499() -> None:
    report = compare_texts(_left("$499"), _RIGHT)
    assert ({"$399", "$499"}, {"$100"}) in agreed_texts(report, MentionType.MONEY)
    assert "$100" not in yellow(report)


def test_a_cut_of_100_dollars_is_not_399_down_from_449() -> None:
    report = compare_texts(_left("$449"), _RIGHT)
    assert not agreed_texts(report, MentionType.MONEY)
    assert "$100" in yellow(report)
