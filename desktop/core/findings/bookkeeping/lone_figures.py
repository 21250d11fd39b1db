"""When two claims in aligned sentences are one claim though the words around them differ.

A figure or a date that is the only one of its grain in its sentence (``lone_in_sentence``,
``grain``) is set against its like in the other sentence when both measure alike
(``same_unit``), whatever the words around them. Used by ``comparison.aligned_claims``.
"""

from __future__ import annotations

from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.facts.figure_shapes import PER_SHARE
from desktop.core.findings.amounts.currency_sums import two_currencies
from desktop.core.findings.bookkeeping.claims import restated, written_date
from desktop.core.findings.datetimes.spans.one_length import (
    one_kind_of_measure,
    one_length_in_two_units,
)
from desktop.core.model import MentionType


def lone_in_sentence(
    fact: Fact, facts: list[Fact], reference: date | None, analysis: Analysis | None = None
) -> bool:
    """The only claim of its grain in its sentence: the only figure, or the only year, the only
    weekday. "floored Lewis in 2001 ... on Saturday" / "floored Lewis to win the title in 2000":
    a year is set against the year, whatever weekday the sentence also names. A measure is
    alone when it is the sentence's only one of its kind, its restatement in other units aside:
    "Qeshm, 1,150 kilometres (700 miles) from Tehran, has 100,000 people" gives one distance."""
    if fact.date is None:
        if analysis is not None and fact.number is not None and _measure(fact):
            return (
                sum(one_kind_of_measure(f, fact) and not restated(f, analysis) for f in facts) == 1
            )
        return len(facts) == 1
    own = grain(fact, reference)
    return sum(f.date is not None and grain(f, reference) == own for f in facts) == 1


def _measure(fact: Fact) -> bool:
    """A physical measure, a length of time, or a price per share: a sentence gives one price of
    a share of one deal ("Harlow will pay $38.50 a share" / "The offer of $36.50 per share")."""
    if fact.key.startswith("duration:"):
        return True  # "served on the court for eight years" / "spent ten years as a judge"
    if fact.number is None:
        return False
    return fact.number.dimension in _MEASURES or fact.number.dimension.endswith(f"/{PER_SHARE}")


# Physical measures: a sentence gives one distance, one area, one weight, one speed of a thing,
# as it gives one length of time (a term served, a ban's span: ``_measure``).
# Money, ranks ("the 11th round") and tallies ("58-3") are left out: a sentence about a contract
# or a fight names several of each in passing.
_MEASURES = frozenset({"length", "area", "mass", "speed"})


def grain(fact: Fact, reference: date | None) -> tuple[bool, bool, bool, bool]:
    """Which parts of a date the text gives: year, month, day, weekday."""
    day = written_date(fact, reference)
    if day is None:
        return (False, False, False, False)
    return (
        day.year is not None,
        day.month is not None,
        day.day is not None,
        day.weekday is not None,
    )


def same_unit(a: Fact, b: Fact) -> bool:
    """Two lone figures in two aligned sentences are one claim when they measure alike."""
    if a.number is not None and b.number is not None:
        if a.type is MentionType.MONEY and b.type is MentionType.MONEY:
            # "cost $1,299" / "sell for $1,199": the tagger may leave the currency sign out of
            # one sum, which still measures money; two named currencies are compared at a rate
            # (currency_sums), "almost $2 million" / "£910,000".
            dims = {a.number.dimension, b.number.dimension} - {""}
            return len(dims) <= 1 or two_currencies(a.number, b.number)
        same = a.number.dimension == b.number.dimension and a.number.dimension != ""
        return same or one_length_in_two_units(a, b)  # "18 months" / "two years" of probation
    return a.date is not None and b.date is not None
