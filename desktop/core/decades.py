"""Decades are years told round: "ruled for two decades" is some 20 years, and "21 years in
power" tells the same span; "more than three decades" is more than 30 years."""

from __future__ import annotations

from desktop.core.values import NumberValue

# The spread a plain count of decades allows around its years: the same 5% either side that
# "about 20" gets (core/values.py), since "two decades" is as round a figure as "about 20".
_ROUND_SPREAD = 0.05


def in_years(decades: NumberValue) -> NumberValue:
    """A count of decades as years, a plain count becoming an approximate one."""
    low, high = decades.low * 10, decades.high * 10
    if decades.bound:
        return NumberValue(low, high, "years", exact=False, bound=decades.bound)
    spread = low * _ROUND_SPREAD
    return NumberValue(low - spread, high + spread, "years", exact=False, bound="approx")
