"""A range whose first figure is written in words and its last in digits: "between six and 15",
"five to 10", "eight or 12".

News style spells the numbers under ten and writes the larger ones in digits, so one range is
often told half in each. Read by its digits alone, "between six and 15 shots" is fifteen shots
exactly, and clashes with the other article's "a dozen shots", which the range holds. The word
is taken as the range's start only where the words make a range ("between N and", "N to",
"N or") and the range runs up; "from five to 10" is a change from one figure to another and is
left alone, as ``range_starts`` leaves "from 5 to 7".
"""

from __future__ import annotations

import re

from desktop.core.figures.numbers.spelled_numbers import COUNTING_WORDS, word_numbers

_NUMBER_WORD = "|".join(COUNTING_WORDS)
# The word start, its joining word, then the digits: "between six and 1", "five to 1".
_WORDED_START = re.compile(
    rf"(?:\bbetween\s+(?P<between>{_NUMBER_WORD})\s+and"
    rf"|(?<!\bfrom )\b(?P<plain>{_NUMBER_WORD})\s+(?:to|or))\s+(?=\d)"
)


def with_worded_start(raw: str, values: list[float], scale: int) -> list[float]:
    """``values`` (the one figure in digits of lower-case ``raw``) with the range's start
    written in words before it, in the digits' scale ("five to 10 million")."""
    if len(values) != 1 or (match := _WORDED_START.search(raw)) is None:
        return values
    start = word_numbers(match.group("between") or match.group("plain"))
    if len(start) != 1 or not start[0] * scale < values[0]:
        return values
    return [start[0] * scale, values[0]]
