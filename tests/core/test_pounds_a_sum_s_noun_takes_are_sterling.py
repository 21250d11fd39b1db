"""Pounds after the "of" of a sum's noun ("a one-off payment of 300 pounds", "a fine of 5,000
pounds") are sterling, which the tagger takes for a weight: they agree with "£300". Pounds a
verb of weighing takes stay a weight."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

_RIGHT = (
    "Some 2.5m households will receive £300 each towards their energy bills, Chancellor Ed "
    "Burns said on Monday. The first payments will be made in July."
)


def test_a_payment_of_300_pounds_is_300_pounds_sterling() -> None:
    report = compare_texts(
        "The government will give 2.5 million households a one-off payment of 300 pounds to help "
        "with energy bills. Chancellor Ed Burns announced the plan on Monday.",
        _RIGHT,
    )
    assert "300 pounds" not in yellow(report)
    assert "£300" not in yellow(report)


def test_a_bear_that_weighed_300_pounds_is_no_payment_of_300_pounds() -> None:
    report = compare_texts(
        "A bear that weighed 300 pounds wandered into a school on Monday. Chancellor Ed Burns "
        "announced energy payments on Monday.",
        _RIGHT,
    )
    assert "£300" in yellow(report)
