"""A price "a share" or "per share" is the price of one share, one measure however the sentence
around it is worded: "Harlow will pay $38.50 a share, a premium of 27 percent" / "The offer of
$36.50 per share represents a 27 percent premium" give two prices of the one offer, a conflict,
and the same price told both ways agrees. A price per share never meets a deal's total."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow

_LEFT = (
    "Harlow Systems agreed on Tuesday to buy the software maker Vantix for $4.2 billion in cash. "
    "Harlow will pay $38.50 a share, a premium of 27 percent over Vantix's closing price. "
    "The deal is expected to close early next year."
)
_RIGHT = (
    "Harlow Systems will acquire Vantix in an all-cash deal valued at $4.2 billion, the "
    "companies said on Tuesday. The offer of {price} per share represents a 27 percent premium "
    "to Vantix's close. The companies expect the transaction to be completed early next year."
)


def test_two_prices_per_share_of_one_offer_conflict() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(price="$36.50"))
    assert conflict_texts(report) == [({"$38.50"}, {"$36.50"})]


def test_a_price_a_share_agrees_with_the_same_price_per_share() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(price="$38.50"))
    assert conflict_texts(report) == []
    assert "$38.50" not in yellow(report)


def test_a_price_per_share_never_meets_the_deals_total() -> None:
    report = compare_texts(
        "Brenner Foods will buy the snack maker Crisply, the company said on Wednesday. "
        "The offer values Crisply at $22 a share.",
        "Brenner Foods will buy the snack maker Crisply, the company said on Wednesday. "
        "The offer values Crisply at $1.1 billion.",
    )
    assert conflict_texts(report) == []


def test_a_hyphened_price_per_share_agrees_with_a_range_per_share() -> None:
    report = compare_texts(
        "Ostrand agreed to buy Pinecrest on Monday at a price that translates to $24 to $26 per "
        "share. The deal values Pinecrest at about $3 billion.",
        "Ostrand agreed to buy Pinecrest on Monday. The $25-per-share sale price values "
        "Pinecrest at about $3 billion.",
    )
    assert conflict_texts(report) == []
    assert "$26" not in yellow(report) and "$25" not in yellow(report), yellow(report)
