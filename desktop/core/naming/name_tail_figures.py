"""A name the parser ran on into the figure after it: "the French Open 14 times", "the Super Bowl
25-22", "the Java Sea 13 minutes after taking off". The count belongs to the noun that follows it
("14 times"), a score to the game and a span of time to the time it took, so none is part of the
name; a year or a model number that ends a name stays ("the World Cup 2022", "Apollo 11").
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.figures.numbers.values import is_currency_word
from desktop.core.lexicon.time_words import TIME_UNITS

# Nouns that count how often the named thing was done or won: "won Wimbledon seven times".
COUNTING_NOUNS = frozenset(["times", "time"])
# Words of magnitude a sum is told in: "2.4 billion euros".
SCALE_WORDS = frozenset(["thousand", "million", "billion", "trillion", "bn", "m"])
# A written score: "25-22", "3-1", "112–105" (one token or three).
_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
_NUMBER = re.compile(r"^\d{1,3}$")


def without_tail_figure(tokens: list[Any]) -> list[Any]:
    """``tokens`` of a name less a trailing count of times, a trailing written score or a
    trailing sum of money."""
    if len(tokens) < 2:
        return tokens
    last = tokens[-1]
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if last.like_num and after is not None and after.lower_ in COUNTING_NOUNS:
        return tokens[:-1]
    if (sum_start := _tail_sum_start(tokens)) is not None:
        return tokens[:sum_start]
    if _SCORE.match(last.text):
        return tokens[:-1]
    if len(tokens) >= 3 and _NUMBER.match(tokens[-2].text) and last.lemma_.lower() in TIME_UNITS:
        return tokens[:-2]  # "the Java Sea 13 minutes (after taking off)": a span of time
    if (
        len(tokens) >= 4
        and _NUMBER.match(last.text)
        and tokens[-2].text in ("-", "–")
        and _NUMBER.match(tokens[-3].text)
        and not tokens[-2].whitespace_
        and not tokens[-3].whitespace_
    ):
        return tokens[:-3]
    return tokens


def _tail_sum_start(tokens: list[Any]) -> int | None:
    """Where a sum the parser ran a name on into begins: "fined Quantrix 2.4 billion euros" is
    tagged "Quantrix 2.4 billion" before the currency word; a name never ends in a figure of a
    currency. None when the name ends in no such sum."""
    last = tokens[-1]
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if after is None or not is_currency_word(after.lower_):
        return None
    start = len(tokens)
    while start > 1 and (tokens[start - 1].like_num or tokens[start - 1].lower_ in SCALE_WORDS):
        start -= 1
    return start if start < len(tokens) and tokens[start].like_num else None


def tail_count(name: Any) -> Any | None:
    """The count of times cut from the end of the parser's ``name`` ("the French Open 14" before
    "times"), or the sum before a currency word ("Quantrix 2.4 billion" before "euros"), as its
    own span, or None: it is a figure the sentence gives, as "three" is in "won the Tour de
    France three times"."""
    tokens = list(name)
    if (sum_start := _tail_sum_start(tokens)) is not None:
        return name.doc[tokens[sum_start].i : tokens[-1].i + 2]  # with its currency word
    last = name[-1]
    after = name.doc[last.i + 1] if last.i + 1 < len(name.doc) else None
    if len(name) < 2 or not last.like_num or after is None or after.lower_ not in COUNTING_NOUNS:
        return None
    return name.doc[last.i : last.i + 1]
