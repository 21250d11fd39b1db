"""Amounts the other article writes in a style its parser does not read as a figure: "110bn in
loans", "a 110bn-euro package", "€110bn", "costing 135-thousand-dollars", "worth an estimated 38
million pounds". A yellow mark on "110 billion euros" would say the other side never gives the
sum; it does, in its own style."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import NumberValue, parse_number

# An amount with a scale word, spelled out or shortened, with a currency just before or after.
_SCALED = re.compile(
    r"(?:[$€£]\s*)?\d[\d.,]*\s*-?\s*(?:bn|billion|mln|million|trillion|thousand)\b"
    r"(?:[\s-]*(?:euros?|dollars?|pounds?))?",
    re.I,
)
_CURRENCIES = frozenset(["usd", "eur", "gbp"])
# A sum of money in figures ("$135,000") from which a writer may as well use a scale word.
_LEAST_SCALED_SUM = 1000.0


def amount_written(fact: Fact, their_text: str) -> bool:
    """A figure given with a scale word ("110 billion euros"), or a sum of money of a thousand or
    more ("$135,000"), that the other article writes with a scale word too, at the same value, in
    the same currency or with none: an amount that large and that round, written twice over one
    event, is one sum. A hedge on either side ("about £38 million" / "£38m") leaves the figure
    as written. "38 million pounds" is sterling only where extraction reads it so ("worth an
    estimated 38 million pounds"); "weighed 38 million pounds" stays a weight."""
    mine = fact.number
    if mine is None or fact.other_event:
        return False
    if not _SCALED.search(fact.text) and not (
        mine.dimension in _CURRENCIES and mine.low >= _LEAST_SCALED_SUM
    ):
        return False
    for theirs in _scaled_amounts(their_text):
        if not _same_sum(mine, theirs):
            continue
        if theirs.dimension == mine.dimension or "" in (theirs.dimension, mine.dimension):
            return True
    return False


def _same_sum(mine: NumberValue, theirs: NumberValue) -> bool:
    """The same sum, or the same figure as written where either side hedges it."""
    if (mine.low, mine.high) == (theirs.low, theirs.high):
        return True
    return (not mine.exact or not theirs.exact) and mine.stated == theirs.stated


@lru_cache(maxsize=4)
def _scaled_amounts(text: str) -> tuple[NumberValue, ...]:
    """Every amount with a scale word in an article, read once: each figure of the other side
    looks them up."""
    values = (parse_number(m.group(0)) for m in _SCALED.finditer(text))
    return tuple(value for value in values if value is not None)
