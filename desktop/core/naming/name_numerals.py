"""A name's own number word the parser took into the time after it: "Microsoft cut the price of
its Xbox One last month" is tagged "One last month", a month's length; "Formula One last season"
is tagged "One last season". A number word written with a capital inside a sentence, right after
a name, is that name's ("Xbox One", "Formula One", "Air Force One"), and the time begins after
it."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import ORDINAL_WORDS

# Number words a name may end in: "Xbox One", "Formula One", "Channel Four", "Apollo Eleven".
_NUMBER_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", *ORDINAL_WORDS]
)  # fmt: skip


def without_name_numeral(tokens: list[Any]) -> list[Any]:
    """``tokens`` of a time or figure less a leading number word that ends the name before it."""
    if len(tokens) < 2:
        return tokens
    first = tokens[0]
    if first.i == first.sent.start or first.lower_ not in _NUMBER_WORDS:
        return tokens
    if not first.text[:1].isupper() or first.text.isupper():
        return tokens  # "one last month", "ONE LAST MONTH": no name's capitalised word
    before = first.doc[first.i - 1]
    return tokens[1:] if before.pos_ == "PROPN" and before.text[:1].isupper() else tokens
