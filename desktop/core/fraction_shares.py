"""A fraction told in words is a share of a whole, never a count: "two-thirds of homes" is
about 67 percent of them, not two homes; "between half and two-thirds of homes" is 50 to 67
percent.

The number reader takes the numerator of "two-thirds", "three-quarters" or "one-fifth" for the
figure ("two", "three", "one"), so a share one article gives would be set against counts of two
or three things and would show as a figure of two. Read as a percentage, with the slack a
reporter's round fraction allows (``tuning.FRACTION_SLACK``, as ``findings/shares_of_whole``),
it is compared only with other shares.
"""

from __future__ import annotations

import re

from desktop.core.lexicon.shares import FRACTION_WORDS
from desktop.core.text_search import any_of
from desktop.core.values import NumberValue

_FRACTION = any_of(FRACTION_WORDS)
# "two-thirds", "about two-thirds", "between half and two-thirds", "a third to a half".
_SHARE = re.compile(
    rf"(?:(?P<hedge>about|around|nearly|almost|roughly|some)\s+)?(?:between\s+)?"
    rf"(?P<low>{_FRACTION})(?:\s+(?:and|to)\s+(?P<high>{_FRACTION}))?"
)
_PERCENT = 100.0


def read_as_share(text: str, value: NumberValue) -> NumberValue:
    """``value`` read as a percentage when the whole span is a fraction told in words."""
    # Read at call time: the findings package imports the extraction this module serves.
    from desktop.core.findings.tuning import FRACTION_SLACK

    match = _SHARE.fullmatch(" ".join(text.lower().split()))
    if match is None:
        return value
    low = FRACTION_WORDS[match.group("low")]
    high = FRACTION_WORDS[match.group("high")] if match.group("high") else low
    low, high = sorted((low, high))
    slack = FRACTION_SLACK * (2 if match.group("hedge") else 1)
    bound = "range" if match.group("high") else "approx"
    return NumberValue((low - slack) * _PERCENT, (high + slack) * _PERCENT, "percent", False, bound)
