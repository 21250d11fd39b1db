"""A fraction told in words is a share of a whole, never a count: "two-thirds of homes" is
about 67 percent of them, not two homes; "between half and two-thirds of homes" is 50 to 67
percent.

The number reader takes the numerator of "two-thirds", "three-quarters" or "one-fifth" for the
figure ("two", "three", "one"), so a share one article gives would be set against counts of two or
three things and would show as a figure of two. Read as a percentage, with the slack a reporter's
round fraction allows (``tuning.FRACTION_SLACK``, as ``findings/amounts/shares_of_whole``), it is
compared only with other shares. So is a share told as a ratio, "seven in ten voters" or "three out
of four", which is 70 or 75 percent, never seven voters or seven inches.
"""

from __future__ import annotations

import re

from desktop.core.extraction.text_search import any_of
from desktop.core.figures.numbers.spelled_numbers import word_numbers
from desktop.core.figures.numbers.values import NumberValue
from desktop.core.lexicon.shares import FRACTION_WORDS

_FRACTION = any_of(FRACTION_WORDS)
# "two-thirds", "about two-thirds", "between half and two-thirds", "a third to a half".
_SHARE = re.compile(
    rf"(?:(?P<hedge>about|around|nearly|almost|roughly|some)\s+)?(?:between\s+)?"
    rf"(?P<low>{_FRACTION})(?:\s+(?:and|to)\s+(?P<high>{_FRACTION}))?"
)
_PERCENT = 100.0
# "seven in ten", "1 in 5", "three out of four": a share told as a ratio.
_RATIO = re.compile(
    r"(?:(?P<hedge>about|around|nearly|almost|roughly|some)\s+)?"
    r"(?P<part>[a-z]+|\d+)\s+(?:in|out\s+of)\s+(?P<whole>[a-z]+|\d[\d,]*)"
)


def read_as_share(text: str, value: NumberValue) -> NumberValue:
    """``value`` read as a percentage when the whole span is a fraction told in words."""
    # Read at call time: the findings package imports the extraction this module serves.
    from desktop.core.findings.tuning import FRACTION_SLACK

    words = " ".join(text.lower().split())
    match = _SHARE.fullmatch(words)
    if match is None:
        return _ratio_share(words, FRACTION_SLACK) or value
    low = FRACTION_WORDS[match.group("low")]
    high = FRACTION_WORDS[match.group("high")] if match.group("high") else low
    low, high = sorted((low, high))
    slack = FRACTION_SLACK * (2 if match.group("hedge") else 1)
    bound = "range" if match.group("high") else "approx"
    return NumberValue((low - slack) * _PERCENT, (high + slack) * _PERCENT, "percent", False, bound)


def _ratio_share(words: str, slack: float) -> NumberValue | None:
    """ "seven in ten" as 70 percent, with a round share's slack; None for no ratio."""
    match = _RATIO.fullmatch(words)
    if match is None:
        return None
    part, whole = _count(match.group("part")), _count(match.group("whole"))
    if part is None or whole is None or not 0 < part < whole:
        return None
    share = part / whole
    slack *= 2 if match.group("hedge") else 1
    low, high = max(share - slack, 0.0), share + slack
    return NumberValue(low * _PERCENT, high * _PERCENT, "percent", False, "approx")


def _count(word: str) -> float | None:
    if word[0].isdigit():
        return float(word.replace(",", ""))
    found = word_numbers(word)
    return found[0] if len(found) == 1 else None


def told_as_ratio(text: str) -> bool:
    """ "Seven in ten", "1 in 10": a share told as a ratio, of the whole its noun names."""
    return _ratio_share(" ".join(text.lower().split()), 0.0) is not None
