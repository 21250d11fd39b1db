"""An order of magnitude of an order of magnitude: "tens of thousands", "hundreds of millions",
"dozens of millions". The first word counts units of the second, so "hundreds of millions" is
200 million to just under a billion, never "hundreds" (200 to 999) with the scale lost, which
agreed with "300 computers" and clashed with "400 million computers".

So does a vague count of one order ("several thousand", "a few hundred", "a couple of dozen"):
several thousands, 3,000 to 9,999, never the "thousand" alone, which clashed with "about 5,000"."""

from __future__ import annotations

import re

# How many of the unit the first word says: "hundreds" of them is 200 to 999.
_COUNTS = {
    "tens": (20, 99),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
}
# The unit the first word counts.
_UNITS = {"thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}

_NESTED = re.compile(rf"\b({'|'.join(_COUNTS)}) of ({'|'.join(_UNITS)})\b")

# How many of one order a vague word says: "several thousand" is 3 to 9 thousands (as "several"
# alone is 3 to 9 in values.py), "a few hundred" 2 to 5 hundreds.
_FEW = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3), "a couple": (2, 3)}
_ORDERS = {
    "hundred thousand": 100_000,  # before "hundred": "several hundred thousand" is of this order
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
}
_FEW_OF_ORDER = re.compile(
    rf"\b({'|'.join(_FEW)}) ({'|'.join(_ORDERS)})\b(?! (?:{'|'.join(_ORDERS)}|billion)\b)"
)


def nested_order(raw: str) -> tuple[float, float] | None:
    """The interval "hundreds of millions" spans in lower-case ``raw``, or None without one."""
    match = _NESTED.search(raw)
    if match is None:
        return _few_of_order(raw)
    low, high = _COUNTS[match.group(1)]
    unit = _UNITS[match.group(2)]
    return float(low * unit), float((high + 1) * unit - 1)


def _few_of_order(raw: str) -> tuple[float, float] | None:
    """ "several thousand", "a few hundred": the interval of a vague count of one order."""
    match = _FEW_OF_ORDER.search(raw)
    if match is None:
        return None
    low, high = _FEW[match.group(1)]
    unit = _ORDERS[match.group(2)]
    return float(low * unit), float((high + 1) * unit - 1)
