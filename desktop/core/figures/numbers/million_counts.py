"""A figure with a glued "m" that counts a plural noun: "over 2m Windows users", "1.5m homes".

British and wire copy write millions so, and the unit table reads a bare "m" as metres ("a 2m
wall", "2m high"). Before a plural noun that counts things, no length can stand: "2m users" are
two million users, and must meet the other article's "millions of computers" or "2 million".
A participle before the noun is one of its adjectives ("over 433m registered users"). A race named
by its distance ("the 400m hurdles") is the exception: the plural names the race.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.figures.numbers.values import NumberValue
from desktop.core.lexicon.games import RACE_NOUNS

# A figure and a bare "m", as one token or two ("2m", "2 m", "1.5m").
_GLUED_M = re.compile(r"(?:[~<>]|over |about |some )?(\d+(?:\.\d+)?)\s?m", re.IGNORECASE)
MILLION = 1_000_000


def read_as_millions(span: Any, value: NumberValue) -> NumberValue:
    """``value`` read as millions when the span is a glued-"m" figure counting a plural noun."""
    if value.dimension != "length" or not _GLUED_M.fullmatch(span.text.strip()):
        return value
    doc = span.doc
    nouns = [t for t in doc[span.end : span.end + 3] if t.pos_ in ("NOUN", "PROPN")]
    # "2m Windows users": the counted noun may follow a name that qualifies it.
    counted = next((t for t in nouns if t.tag_ == "NNS"), None)
    if counted is None or any(
        t.pos_ not in ("NOUN", "PROPN", "ADJ") and t.dep_ != "amod"
        for t in doc[span.end : counted.i]
    ):
        return value
    if counted.lower_ in RACE_NOUNS:
        return value  # "the 400m hurdles": a race run over 400 metres
    low, high = value.low * MILLION, value.high * MILLION
    return NumberValue(low, high, "", value.exact, value.bound)
