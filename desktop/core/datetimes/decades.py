"""Decades are years told round: "ruled for two decades" is some 20 years, and "21 years in
power" tells the same span; "more than three decades" is more than 30 years."""

from __future__ import annotations

from desktop.core.figures.numbers.values import NumberValue

# The spread a plain count of decades allows around its years: a quarter of a decade either side.
# A span told in decades is rounded to the decade: writers round 22 years down to "two decades"
# but call 25 years "a quarter of a century", and 5% ("about 20") denied the first.
_ROUND_YEARS = 2.5


def in_years(decades: NumberValue) -> NumberValue:
    """A count of decades as years, a plain count becoming an approximate one."""
    low, high = decades.low * 10, decades.high * 10
    if decades.bound:
        return NumberValue(low, high, "years", exact=False, bound=decades.bound)
    spread = _ROUND_YEARS
    return NumberValue(low - spread, high + spread, "years", exact=False, bound="approx")
