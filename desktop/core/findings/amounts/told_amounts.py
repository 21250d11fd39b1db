"""Amounts the other article writes in a style its parser does not read as a figure: "110bn in
loans", "a 110bn-euro package", "€110bn". A yellow mark on "110 billion euros" would say the
other side never gives the sum; it does, in its own style."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import parse_number

# An amount with a scale word, spelled out or shortened, with a currency just before or after.
_SCALED = re.compile(
    r"(?:[$€£]\s*)?\d[\d.,]*\s*-?\s*(?:bn|billion|mln|million|trillion)\b"
    r"(?:[\s-]*(?:euros?|dollars?|pounds?))?",
    re.I,
)


def amount_written(fact: Fact, their_text: str) -> bool:
    """A figure given with a scale word ("110 billion euros") that the other article writes with
    one too, at the same value, in the same currency or with none: an amount that large and that
    round, written twice over one event, is one sum."""
    mine = fact.number
    if mine is None or fact.other_event or not _SCALED.search(fact.text):
        return False
    for low, high, dimension in _scaled_amounts(their_text):
        if (low, high) != (mine.low, mine.high):
            continue
        if dimension == mine.dimension or "" in (dimension, mine.dimension):
            return True
    return False


@lru_cache(maxsize=4)
def _scaled_amounts(text: str) -> tuple[tuple[float, float, str], ...]:
    """Every amount with a scale word in an article, read once: each figure of the other side
    looks them up."""
    values = (parse_number(m.group(0)) for m in _SCALED.finditer(text))
    return tuple((v.low, v.high, v.dimension) for v in values if v is not None)
