"""A range's scale word belongs to both its ends: "between $140 and $150 million" is an offer of
140 to 150 million, so another article's $100 million is a different offer, not one inside it."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from tests.factories import compare_texts, conflicts


def test_an_offer_between_two_sums_in_millions_starts_in_millions() -> None:
    for text in ("between $140 and $150 million", "$140 to $150 million", "$140- $150 million"):
        value = parse_number(text)
        assert value is not None and (value.low, value.high) == (140e6, 150e6), (text, value)
    bare = parse_number("140-150 million")
    assert bare is not None and (bare.low, bare.high) == (140e6, 150e6)


def test_a_start_with_its_own_scale_or_too_big_for_the_end_s_scale_is_kept() -> None:
    five = parse_number("between 5 and 10 million")
    assert five is not None and (five.low, five.high) == (5e6, 10e6)
    half = parse_number("between 500,000 and 1 million")
    assert half is not None and (half.low, half.high) == (500_000, 1e6)
    hours = parse_number("from 3 to 5")
    assert hours is not None and (hours.low, hours.high) == (3, 5)


def test_a_hundred_million_offer_conflicts_with_one_between_140_and_150_million() -> None:
    report = compare_texts(
        "Slugger courted\n\nThe Orioles made the first baseman an offer between $140 and "
        "$150 million over seven years, his agent said on Monday.",
        "Slugger courted\n\nThe Orioles made the first baseman an offer of $100 million over "
        "seven years, his agent said on Monday.",
        "2024-05-10",
    )
    (conflict,) = conflicts(report)
    assert [s.text for s in conflict.left] == ["between $140 and $150 million"]
