"""A distance in plain miles against the same distance in nautical miles: "some 13 miles away" /
"13 nautical miles from the warship".

A plain "mile" is the less specific word: at sea a reporter writes "miles" for the nautical mile
(1,852 m) as often as for the statute one (1,609 m), so a distance in plain miles holds any
figure in nautical miles it comes to when read either way. A figure outside that span ("13
miles" / "20 nautical miles"), or a distance in kilometres, stays a difference.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.unit_factors import UNIT_FACTORS

_PLAIN_MILES = re.compile(r"\b(?<!nautical )(?<!statute )miles?\b", re.I)
_NAUTICAL_MILES = re.compile(r"\bnautical miles?\b", re.I)
# The metres of each mile a writer may mean: the statute mile the number reader gives a plain
# "mile", and the nautical mile.
_STATUTE = UNIT_FACTORS["mile"][1]
_NAUTICAL = UNIT_FACTORS["nautical mile"][1]


def miles_hold_nautical_miles(a: Fact, b: Fact) -> bool:
    """One distance is in plain miles, the other in nautical miles, and the miles may be those."""
    return any(_holds(x, y) for x, y in ((a, b), (b, a)))


def _holds(plain: Fact, nautical: Fact) -> bool:
    if plain.number is None or nautical.number is None or plain.number.dimension != "length":
        return False
    if not _PLAIN_MILES.search(plain.text) or not _NAUTICAL_MILES.search(nautical.text):
        return False
    # A hedged distance ("some 13 miles") is a span: read as statute miles at its low end and
    # as nautical miles at its high end, it holds the nautical figure when the spans meet.
    low, high = plain.number.low, plain.number.high / _STATUTE * _NAUTICAL
    return low <= nautical.number.high and nautical.number.low <= high
