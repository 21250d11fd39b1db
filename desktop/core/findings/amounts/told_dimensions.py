"""Two measures of one thing the other article writes in its own style: "a 2880x1800 screen" /
"the screen is 2880 pixels by 1800", "a 12-by-20-foot room" / "a 12 x 20 ft room".

A width and a height (or a length and a breadth) joined by "x" or "by" are one fact, whatever
the joiner and wherever the unit stands: the same two figures, in the same order, told there are
that fact told. One of them alone ("2880 pixels wide") or the two in another order is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.extraction.extract import Fact

# The two figures, a unit word after the first if any, joined by "x", "×" or "by", hyphenated or
# spaced: "2880x1800", "2880 pixels by 1800", "12-by-20".
_DIMENSIONS = re.compile(
    r"(?<![\w.,])(\d[\d,]*)(?:\s*-?\s*[A-Za-z]+)??\s*-?\s*(?:x|×|by)\s*-?\s*(\d[\d,]*)(?![\d.,]\d)",
    re.I,
)


def dimensions_told(fact: Fact, my_text: str, their_text: str) -> bool:
    """This figure is one of two joined dimensions here, and the other side writes the same
    two, in the same order. Whatever the parser took the figure for: "1920 pixels by 1200" may
    read as a year."""
    if fact.other_event:
        return False
    mine = [d for start, end, d in _dimensions(my_text) if start < fact.end and fact.start < end]
    if not mine:
        return False
    theirs = {d for _start, _end, d in _dimensions(their_text)}
    return any(d in theirs for d in mine)


@lru_cache(maxsize=4)
def _dimensions(text: str) -> tuple[tuple[int, int, tuple[str, str]], ...]:
    """Every pair of joined figures in an article, read once."""
    return tuple(
        (m.start(), m.end(), (m.group(1).replace(",", ""), m.group(2).replace(",", "")))
        for m in _DIMENSIONS.finditer(text)
    )
