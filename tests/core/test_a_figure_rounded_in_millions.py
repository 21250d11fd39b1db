"""One article rounds a figure in a word of magnitude ("$4.2 billion", "1.3 million"), the other
gives it in full ("$4,213 million", "1,284,000"): one figure told at two precisions, not a
conflict. A full figure that does not round to it, or a rounder figure without decimals, still
conflicts."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_revenue_in_billions_agrees_with_the_same_revenue_in_millions() -> None:
    report = compare_texts(
        "Quarterly revenue came in at $4.2 billion.",
        "Quarterly revenue came in at $4,213 million.",
    )
    assert conflict_texts(report) == []


def test_a_population_in_millions_agrees_with_the_full_count() -> None:
    report = compare_texts(
        "The city has a population of 1.3 million.",
        "The city has a population of 1,284,000.",
    )
    assert conflict_texts(report) == []


def test_a_full_count_that_does_not_round_to_it_still_conflicts() -> None:
    report = compare_texts(
        "The city has a population of 1.3 million.",
        "The city has a population of 1,384,000.",
    )
    assert conflict_texts(report) == [({"1.3 million"}, {"1,384,000"})]


def test_revenue_far_from_the_rounded_sum_still_conflicts() -> None:
    report = compare_texts(
        "Quarterly revenue came in at $4.2 billion.",
        "Quarterly revenue came in at $4,813 million.",
    )
    assert conflict_texts(report) == [({"$4.2 billion"}, {"$4,813 million"})]


def test_a_deal_in_billions_conflicts_with_the_same_digits_in_millions() -> None:
    report = compare_texts(
        "The company agreed to buy its rival for $1.5bn on Tuesday.",
        "The company agreed on Tuesday to buy its rival for 1.5 million dollars.",
    )
    assert conflict_texts(report) == [({"$1.5bn"}, {"1.5 million dollars"})]


def test_a_deal_in_bn_agrees_with_the_same_deal_in_billions() -> None:
    report = compare_texts(
        "The company agreed to buy its rival for $1.5bn on Tuesday.",
        "The company agreed on Tuesday to buy its rival for 1.5 billion dollars.",
    )
    assert conflict_texts(report) == []
