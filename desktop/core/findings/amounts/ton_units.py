"""A weight in tons against the same weight in tonnes: "2,000 tonnes of oil" / "two thousand
tons of oil".

"Ton" in news copy is the metric ton as often as the short (907 kg) or the long (1,016 kg) one,
and "metric tons" are tonnes; so a weight in tons holds any figure in tonnes from 0.907 to 1.016
of its own. A weight in tonnes outside that span ("3,000 tons" / "2,000 tonnes") stays a
difference.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.unit_factors import SHORT_TON_KG

_TONS = re.compile(r"\b(?<!metric )tons?\b", re.I)
_TONNES = re.compile(r"\b(?:tonnes?|metric tons?)\b", re.I)
# The kilograms of each ton a writer may mean: short, metric, long.
_SHORT, _LONG = SHORT_TON_KG, 1016.05
# The kilograms the number reader gives a plain ton.
_READ_AS = SHORT_TON_KG


def tons_hold_tonnes(a: Fact, b: Fact) -> bool:
    """One weight is in plain tons, the other in tonnes, and the tons may be those tonnes."""
    return any(_holds(x, y) for x, y in ((a, b), (b, a)))


def _holds(tons: Fact, tonnes: Fact) -> bool:
    if tons.number is None or tonnes.number is None or tons.number.dimension != "mass":
        return False
    if not _TONS.search(tons.text) or not _TONNES.search(tonnes.text):
        return False
    # A hedged weight ("about 2,750 tons") is a span: the tons hold the tonnes when some weight
    # in one span, read as any of the three tons, falls in the other.
    low = tons.number.low / _READ_AS * _SHORT
    high = tons.number.high / _READ_AS * _LONG
    return low <= tonnes.number.high and tonnes.number.low <= high
