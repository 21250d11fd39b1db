"""A measure the other article writes with its unit in a style its parser does not read as a
figure: "a 47-yd field goal" for "Succop's tying 47-yard field goal", "the 15" model" (the inch
mark) for "the 15-inch model". The same figure of the same unit (or one converting to it
exactly) is the same measure; a yellow mark on "47-yard" would say the other side never gives
it."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import is_unit, parse_number

# Digits, then a word right after them or after a hyphen: "47-yd", "47 yards", "200ft".
_FIGURE_AND_WORD = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?:\s*-\s*|\s*)[A-Za-z]+\b")
_CURRENCIES = frozenset({"usd", "eur", "gbp"})
# "2m": two metres, or two million (million_counts.py): no measure to rely on.
_AMBIGUOUS = frozenset({"m"})


# Digits and an inch mark before a word: "the 15" model", "a 13″ screen".
_INCH_MARK = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s?[\"″](?=\s+[A-Za-z])")

_UNIT_AFTER = re.compile(r"\s*-?\s*([A-Za-z]+)")


def unit_follows(fact: Fact, text: str, end: int) -> bool:
    """A plain count ("comebacks to seven") meets its numeral in the other article glued to a
    unit ("a seven-yard pass"): that measures something, and tells nothing of this count."""
    if fact.number is None or fact.number.dimension:
        return False
    after = _UNIT_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in _AMBIGUOUS and is_unit(word)


def measure_written(fact: Fact, their_text: str) -> bool:
    """This figure has a unit, and the other article writes the same amount of it."""
    mine = fact.number
    if mine is None or not mine.dimension or mine.dimension in _CURRENCIES:
        return False
    return any(
        dimension == mine.dimension
        and math.isclose(low, mine.low)
        and math.isclose(high, mine.high)
        for low, high, dimension in _measures(their_text)
    )


@lru_cache(maxsize=4)
def _measures(text: str) -> tuple[tuple[float, float, str], ...]:
    """Every figure glued to a unit in an article, read once."""
    found = []
    for match in _FIGURE_AND_WORD.finditer(text):
        word = re.search(r"[A-Za-z]+$", match.group(0))
        if (
            word is None
            or word.group(0).lower() in _AMBIGUOUS
            or not is_unit(word.group(0).lower())
        ):
            continue
        value = parse_number(match.group(0))
        if value is not None and value.dimension:
            found.append((value.low, value.high, value.dimension))
    for match in _INCH_MARK.finditer(text):
        if _closes_a_quote(text, match.start()):
            continue  # 'he said "we lost 15" and left': the mark ends a quotation
        value = parse_number(f"{match.group(1)} inches")
        if value is not None:
            found.append((value.low, value.high, value.dimension))
    return tuple(found)


def _closes_a_quote(text: str, start: int) -> bool:
    """A straight quotation mark after these digits closes one opened earlier in the paragraph:
    an odd count of them before it, on its line, other inch marks aside."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    marks = sum(m.group(0).endswith('"') for m in _INCH_MARK.finditer(line))
    return (line.count('"') - marks) % 2 == 1
