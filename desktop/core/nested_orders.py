"""An order of magnitude of an order of magnitude: "tens of thousands", "hundreds of millions",
"dozens of millions". The first word counts units of the second, so "hundreds of millions" is
200 million to just under a billion, never "hundreds" (200 to 999) with the scale lost, which
agreed with "300 computers" and clashed with "400 million computers"."""

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


def nested_order(raw: str) -> tuple[float, float] | None:
    """The interval "hundreds of millions" spans in lower-case ``raw``, or None without one."""
    match = _NESTED.search(raw)
    if match is None:
        return None
    low, high = _COUNTS[match.group(1)]
    unit = _UNITS[match.group(2)]
    return float(low * unit), float((high + 1) * unit - 1)
