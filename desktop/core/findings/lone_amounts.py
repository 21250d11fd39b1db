"""The very same amount with its unit, written once in each article: one fact.

"He ended up taking a relatively low $3 million to write and direct" / "Ross was paid $3
million to direct": the words around the sum differ and the sentences align loosely, but a sum
of money, a share or a measure with its unit that each article gives exactly once, and at the
very same value, is the same fact told twice. A bare count ("two", "five") is not: small counts
turn up all over a story, of different things.
"""

from __future__ import annotations

from collections import Counter

from desktop.core.extract import Analysis, Fact
from desktop.core.findings.claims import is_age
from desktop.core.values import RANK


def lone_amount_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of the amounts with a unit that the article gives exactly once."""
    return analysis.derived("lone_amounts.keys", _lone_keys)


def _lone_keys(analysis: Analysis) -> frozenset[str]:
    counts = Counter(f.key for f in analysis.facts if _with_unit(f) and not f.weak)
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


def lone_same_amount(a: Fact, b: Fact, left: Analysis, right: Analysis) -> bool:
    """``a`` and ``b`` are the very same amount with its unit, each its article's only one."""
    return (
        a.key == b.key
        and _with_unit(a)
        and a.key in lone_amount_keys(left)
        and b.key in lone_amount_keys(right)
    )
