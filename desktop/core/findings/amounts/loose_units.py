"""A figure in a loose unit word against the same figure in a precise unit: "2,000 tonnes of
oil" / "two thousand tons of oil"; "some 13 miles away" / "13 nautical miles from the warship".

News copy uses some unit words loosely. "Ton" is the metric ton as often as the short (907 kg)
or the long (1,016 kg) one, and "metric tons" are tonnes. At sea "miles" is the nautical mile
(1,852 m) as often as the statute one (1,609 m). So a figure in the loose word holds any figure
in the precise unit it comes to when the word is read as any unit it may mean. A figure outside
that span ("3,000 tons" / "2,000 tonnes", "13 miles" / "20 nautical miles"), or one in another
unit (kilometres), stays a difference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.unit_factors import SHORT_TON_KG, UNIT_FACTORS


@dataclass(frozen=True)
class LooseUnit:
    """A unit word news copy uses for more than one unit of one dimension."""

    dimension: str
    loose: re.Pattern[str]
    precise: re.Pattern[str]
    # The size the number reader gives the loose word, and the smallest and the largest unit a
    # writer may mean by it, in the dimension's base unit.
    read_as: float
    least: float
    most: float


_STATUTE_MILE = UNIT_FACTORS["mile"][1]
_LOOSE_UNITS = (
    LooseUnit(
        "mass",
        re.compile(r"\b(?<!metric )tons?\b", re.I),
        re.compile(r"\b(?:tonnes?|metric tons?)\b", re.I),
        read_as=SHORT_TON_KG,
        least=SHORT_TON_KG,
        most=1016.05,  # the long ton
    ),
    LooseUnit(
        "length",
        re.compile(r"\b(?<!nautical )(?<!statute )miles?\b", re.I),
        re.compile(r"\bnautical miles?\b", re.I),
        read_as=_STATUTE_MILE,
        least=_STATUTE_MILE,
        most=UNIT_FACTORS["nautical mile"][1],
    ),
)


def one_unit_loosely(a: Fact, b: Fact) -> bool:
    """One figure is in a loose unit word, the other in a unit that word may mean, and the two
    figures may be one."""
    return any(_holds(unit, x, y) for unit in _LOOSE_UNITS for x, y in ((a, b), (b, a)))


def _holds(unit: LooseUnit, loose: Fact, precise: Fact) -> bool:
    if loose.number is None or precise.number is None:
        return False
    if loose.number.dimension != unit.dimension:
        return False
    if not unit.loose.search(loose.text) or not unit.precise.search(precise.text):
        return False
    # A hedged figure ("some 13 miles", "about 2,750 tons") is a span: read at its low end as
    # the smallest unit the word may mean and at its high end as the largest, it holds the
    # precise figure when the two spans meet.
    low = loose.number.low / unit.read_as * unit.least
    high = loose.number.high / unit.read_as * unit.most
    return low <= precise.number.high and precise.number.low <= high
