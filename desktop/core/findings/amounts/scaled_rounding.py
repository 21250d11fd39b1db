"""A figure rounded in a word of magnitude against the figure it rounds: "$4.2 billion" /
"$4,213 million", "1.3 million" / "1,284,000".

A figure written with decimals and a word of magnitude tells its value to its last decimal ("1.3
million" is some figure from 1.25 to 1.35 million), the way reports round a precise count or sum. A
more precise figure that rounds to it is the same figure told at two precisions. One that does not
("1,384,000"), or a rounder figure without decimals ("2 million" / "2,400,000"), where the writer
gives no precision to round to, stays a difference. A price in whole units likewise drops the cents
of the price it rounds: "42 dollars" / "$42.10".
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.spelled_numbers import SCALES
from desktop.core.lexicon.exchange_rates import CURRENCY_NAMES
from desktop.core.lexicon.magnitudes import MAGNITUDE_WORDS

_SCALED = re.compile(
    r"(\d+)\.(\d+)\s*(" + "|".join(sorted(MAGNITUDE_WORDS, key=len, reverse=True)) + r")\b",
    re.I,
)


def rounds_to(a: Fact, b: Fact) -> bool:
    """One figure is written with decimals and a word of magnitude, the other is more precise
    and lies within half of the first one's last decimal."""
    return any(_rounded(x, y) or _cents_dropped(x, y) for x, y in ((a, b), (b, a)))


# A sum in dollars and cents: "$42.10", "42.10 dollars".
_CENTS = re.compile(r"\d\.\d\d(?!\d)")
_DECIMAL = re.compile(r"\d[.,]\d")
# A sum told in the coin of a hundredth: "96 cents", "50 pence".
_IN_CENTS = re.compile(r"\b(?:cents|pence)\b", re.IGNORECASE)


def _cents_dropped(whole: Fact, precise: Fact) -> bool:
    """ "42 dollars" / "$42.10": a sum in whole units with no word of magnitude rounds a sum in
    units and cents to the nearest unit, the way a writer drops the cents of a price. A sum
    half a unit or more away ("42 dollars" / "$42.60"), or another whole sum ("$42" / "$43"),
    stays a difference."""
    if whole.number is None or precise.number is None:
        return False
    w, p = whole.number, precise.number
    if w.dimension != p.dimension or w.dimension not in _CURRENCY_DIMENSIONS:
        return False
    if not (w.exact and p.exact and w.low == w.high and p.low == p.high):
        return False
    if _DECIMAL.search(whole.text) or _ANY_SCALE.search(whole.text):
        return False
    if _IN_CENTS.search(whole.text):
        return False  # "96 cents" is told to the cent: "$0.86" is another sum
    if not _CENTS.search(precise.text) or _ANY_SCALE.search(precise.text):
        return False
    return 0 < abs(p.low - w.low) < 0.5


def _rounded(rounder: Fact, precise: Fact) -> bool:
    if rounder.number is None or precise.number is None:
        return False
    if rounder.number.low != rounder.number.high or precise.number.low != precise.number.high:
        return False
    told = _SCALED.search(rounder.text)
    if told is None or rounder.number.dimension != precise.number.dimension:
        return False
    unit = rounder.number.low / float(f"{told.group(1)}.{told.group(2)}")
    step = unit * 10 ** -len(told.group(2))
    gap = abs(precise.number.low - rounder.number.low)
    # The precise figure must tell more than the rounder one: a figure on the same step is a
    # rounding of its own ("1.3 million" / "1.4 million"), never this one's.
    return 0 < gap < step / 2


_CURRENCY_DIMENSIONS = frozenset(CURRENCY_NAMES)

_ANY_SCALE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(thousand|"
    + "|".join(sorted(MAGNITUDE_WORDS, key=len, reverse=True))
    + r")\b",
    re.I,
)


def scale_changed(a: Fact, b: Fact) -> bool:
    """ "$1.5bn" / "1.5 million dollars": the same digits in two words of magnitude. One figure
    whose scale a writer slipped on is one claim told two ways that cannot both hold, however
    many orders of magnitude lie between the two values."""
    told_a, told_b = _ANY_SCALE.search(a.text), _ANY_SCALE.search(b.text)
    if told_a is None or told_b is None or told_a.group(1) != told_b.group(1):
        return False
    return _scale(told_a.group(2)) != _scale(told_b.group(2))


def _scale(word: str) -> int:
    """The word's factor: "bn" and "billion" are one scale written two ways."""
    return SCALES[word.lower()]
