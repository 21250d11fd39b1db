"""Sums of money the other article gives at another precision or in another style ("$25 a share"
/ "$24 to $26 per share", "between $1799 and $2199" / "$1, 799 and $2, 199"). Two kinds:

* a price per unit inside the other's range of prices per the same unit ("$25-per-share sale
  price" / "a price that translates to $24 to $26 per share"), either way round: one price, told
  once as a figure and once as the span it was expected in;
* two sums side by side, written there as the same two sums side by side, whatever the
  separators ("priced between $1799 and $2199" / "offered in $1, 799 and $2, 199 versions"):
  both ends of the span are on the page.

A price per another unit ("$25 per share" / "$24 to $26 per barrel"), or one sum of a pair
("$1799" beside "$1799 and $2499"), tells nothing here: another thing is priced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.extraction.extract import Fact

_SIGNS = {"$": "usd", "€": "eur", "£": "gbp"}
# "$1,799", "$1, 799" (a space after the comma, as some feeds write), "$24", "$2.49".
# A scaled sum ("$12 billion", "$2m") is no price of this kind: its digits are not its value.
_AMOUNT = (
    r"([$€£])\s?(\d{1,3}(?:,\s?\d{3})+|\d+)(\.\d+)?(?!\d|,\s?\d{3}\b|\.\d)"
    r"(?!\s*-?\s*(?:[mb]n|[mbk]|billion|million|trillion|thousand)\b)"
)
_JOINER = r"\s*(?:-|–|to|and|or)\s*"
_PER = r"(?:\s*-?\s*(?:per|a)(?=[\s-])\s*-?\s*([a-z]+))?"
_READ = re.compile(rf"{_AMOUNT}(?:{_JOINER}{_AMOUNT})?{_PER}", re.I)


@dataclass(frozen=True, slots=True)
class _Price:
    start: int
    end: int
    low: float
    high: float
    currency: str
    per: str  # the unit priced, singular: "share" for "per share"; "" for none
    pair: bool  # two sums side by side


def price_told(fact: Fact, my_text: str, their_text: str) -> bool:
    """The other article gives this sum per the same unit at another precision, or the same two
    sums side by side (see the module's list)."""
    number = fact.number
    # "$31 a share" is read as a price per share ("usd/share"): its currency is its sign's.
    currency = number.dimension.removesuffix("/share") if number is not None else ""
    if number is None or fact.other_event or currency not in _SIGNS.values():
        return False
    mine = next((p for p in _prices(my_text) if p.start < fact.end and fact.start < p.end), None)
    if mine is None:
        return False
    for theirs in _prices(their_text):
        if theirs.currency != mine.currency:
            continue
        if mine.pair and theirs.pair and (mine.low, mine.high) == (theirs.low, theirs.high):
            return True
        if mine.per and theirs.per == mine.per and _one_holds_the_other(mine, theirs):
            return True
    return False


def sum_pairs(text: str) -> list[tuple[int, int, float, float, str]]:
    """Where ``text`` writes two sums side by side ("between $1799 and $2199", "$1, 799 and
    $2, 199"): start, end, the two sums and their currency."""
    return [(p.start, p.end, p.low, p.high, p.currency) for p in _prices(text) if p.pair]


def _one_holds_the_other(a: _Price, b: _Price) -> bool:
    """One is a single price, the other a span holding it."""
    if a.low == a.high and b.low < b.high:
        return b.low <= a.low <= b.high
    if b.low == b.high and a.low < a.high:
        return a.low <= b.low <= a.high
    return False


@lru_cache(maxsize=4)
def _prices(text: str) -> tuple[_Price, ...]:
    """Every sum or pair of sums an article writes, read once per article."""
    found = []
    for m in _READ.finditer(text):
        first = _value(m.group(2), m.group(3))
        pair = m.group(4) is not None
        second = _value(m.group(5), m.group(6)) if pair else first
        if pair and (m.group(4) != m.group(1) or second <= first):
            continue  # "$5 to €6", "$26 to $24": no span of one sum
        per = (m.group(7) or "").lower()
        found.append(
            _Price(m.start(), m.end(), first, second, _SIGNS[m.group(1)], _singular(per), pair)
        )
    return tuple(found)


def _value(digits: str, decimals: str | None) -> float:
    return float(re.sub(r"[,\s]", "", digits) + (decimals or ""))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
