"""A price per unit the other article gives as the span it was expected in ("$31 a share" /
"$30 to $33 per share"), and two prices the other article writes side by side in its own style
("between $1,450 and $1,850" / "$1, 450 and $1, 850"), are told there: no yellow mark says the
other side never gives them. A span that does not hold the price, or another pair, tells
nothing."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_OFFER = (
    "Grainco agrees to buy Millrow\n\n"
    "Grainco said on Monday it will buy Millrow for $31 a share in cash, ending weeks of talks."
)


def _estimate(span: str) -> str:
    return (
        "Grainco to buy Millrow\n\n"
        f"Grainco said on Monday it will buy Millrow. People close to the talks had put the price "
        f"at {span} per share."
    )


def test_a_price_of_31_dollars_a_share_is_told_by_30_to_33_dollars_per_share() -> None:
    marked = yellow(compare_stories(_OFFER, _estimate("$30 to $33")))
    assert not [m for m in marked if "$3" in m], marked


def test_a_price_of_31_dollars_a_share_is_not_told_by_35_to_38_dollars_per_share() -> None:
    marked = yellow(compare_stories(_OFFER, _estimate("$35 to $38")))
    assert "$31" in marked, marked


_LAPTOPS = (
    "Maker refreshes its laptops\n\n"
    "The maker showed its new laptops in Austin on Monday. They are thinner and lighter than "
    "last year's. The larger models will be priced between $1450 and $1850."
)


def _versions(pair: str) -> str:
    return (
        "New laptops unveiled\n\n"
        "The maker showed new laptops in Austin on Monday, with screens that are far sharper. "
        f"Shops will stock the {pair} versions from Friday, a spokesman said."
    )


def test_prices_between_1450_and_1850_dollars_are_told_by_the_same_two_prices_spaced() -> None:
    marked = yellow(compare_stories(_LAPTOPS, _versions("$1, 450 and $1, 850")))
    assert not [m for m in marked if "450" in m or "850" in m], marked


def test_prices_between_1450_and_1850_dollars_are_not_told_by_another_pair() -> None:
    marked = yellow(compare_stories(_LAPTOPS, _versions("$1, 450 and $1, 950")))
    assert "between $1450 and $1850" in marked, marked
