"""The very same amount with its unit, written once in each article: one fact.

"He ended up taking a relatively low $3 million to write and direct" / "Ross was paid $3
million to direct": the words around the sum differ and the sentences align loosely, but a sum
of money, a share or a measure with its unit that each article gives exactly once, and at the
very same value, is the same fact told twice. A bare count ("two", "five") is not: small counts
turn up all over a story, of different things. A mention that already has its verdict (one of
two sums agreed side by side, "$1, 799 and $2, 199 versions" / "between $1799 and $2199") is
told; the amount's one other mention is then its article's only one left to tell.

A length of time is the same amount in months or years, a year being twelve months by the
calendar: "six months" / "half a year", "18 months" / "a year and a half".
"""

from __future__ import annotations

from collections import Counter

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import RANK
from desktop.core.findings.bookkeeping.claims import is_age
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import Side


def lone_amount_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of the amounts with a unit that the article gives exactly once."""
    return analysis.derived("lone_amounts.keys", _lone_keys)


def amount_key(fact: Fact) -> str:
    """The fact's key, with a length of months or years as its number of months."""
    number = fact.number
    if number is None or not fact.key.startswith("duration:"):
        return fact.key
    months = _MONTHS_IN.get(number.dimension)
    if months is None:
        return fact.key
    return f"duration:{number.low * months:g}-{number.high * months:g} months"


# Months in each unit of a length told in months or years.
_MONTHS_IN = {"months": 1, "years": 12}


def _lone_keys(analysis: Analysis) -> frozenset[str]:
    counts = Counter(amount_key(f) for f in analysis.facts if _with_unit(f) and not f.weak)
    return frozenset(key for key, n in counts.items() if n == 1)


def _with_unit(fact: Fact) -> bool:
    number = fact.number
    return (
        number is not None
        and fact.date is None
        and number.dimension not in ("", RANK, "tally")
        and number.exact
        and not is_age(fact)  # an age agrees only with the same person's (claims.relation)
    )


def lone_same_amount(
    a: Fact, b: Fact, left: Analysis, right: Analysis, ledger: Ledger | None = None
) -> bool:
    """``a`` and ``b`` are the very same amount with its unit, each its article's only one
    (``ledger``: of those without a verdict yet)."""
    key = amount_key(a)
    if key != amount_key(b) or not _with_unit(a):
        return False
    if key in lone_amount_keys(left) and key in lone_amount_keys(right):
        return True
    return ledger is not None and all(
        _only_untold(fact, analysis, side, ledger)
        for fact, analysis, side in ((a, left, Side.LEFT), (b, right, Side.RIGHT))
    )


def _only_untold(fact: Fact, analysis: Analysis, side: Side, ledger: Ledger) -> bool:
    """No other mention of the amount is left without a verdict."""
    return not any(
        f is not fact
        and amount_key(f) == amount_key(fact)
        and not f.weak
        and not ledger.judged(side, f)
        for f in analysis.facts
        if _with_unit(f)
    ) and not ledger.judged(side, fact)
