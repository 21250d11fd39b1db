"""Figures told at another precision: "more than 100 mph" / "up to 120 miles an hour" both say
how fast the chase went, "as many as 20" / "around 20" how many were inside, and neither is
missing from the other article."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import numbers_compatible
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.claims import same_slot
from desktop.core.findings.bookkeeping.figures import Relation, number_relation
from desktop.core.model import MentionType

# Measures with a unit of their own; a bare count ("20 people") has no dimension and says too
# little of what it counts to be matched this way.
_MEASURES = frozenset({"length", "mass", "area", "speed"})


def bounded_measure_told(fact: Fact, theirs: Analysis) -> bool:
    """A bounded or rounded measure ("more than 100 mph", "up to 120 mph", "about 50 km") that
    the other article gives, bounded or not, for the same thing and compatibly: each is the
    other's fact at its own precision."""
    number = fact.number
    if number is None or number.dimension not in _MEASURES:
        return False
    return any(
        same_slot(fact, other) and numbers_compatible(number, other.number)
        for other in _at_another_precision(fact, theirs)
        if other.number is not None
    )


def converted_measure_told(fact: Fact, theirs: Analysis) -> bool:
    """A measure the other article gives in another unit, each rounded as its writer chose ("2 feet
    deep" / "60 cm deep", "30 miles north of Philadelphia" / "48 kilometres north of Philadelphia"):
    for the same thing (a word of context shared, or the same point it is measured from), it is the
    other's fact in other words, though the sentences are worded too apart to be compared. Two
    values that do not convert into each other stay one-sided."""
    number = fact.number
    if number is None or number.dimension not in _MEASURES or fact.other_event:
        return False
    return any(
        other.number is not None
        and other.number.dimension == number.dimension
        and not other.other_event
        and _unit(other) != _unit(fact)
        # One word of context in common is enough: a value that converts into the other's
        # unit within both writers' rounding is itself the strong sign of one measure.
        and (
            bool(set(fact.slot) & set(other.slot))
            or (fact.measured_from and fact.measured_from == other.measured_from)
        )
        and number_relation(number, other.number) is Relation.SAME
        for other in theirs.facts
    )


def _unit(fact: Fact) -> str:
    """The words after the figure's digits: "feet", "cm", "kilometres"."""
    return re.sub(r"^[^a-z]*[\d.,\s]+", "", fact.text.lower()).strip()


def hedged_count_told(fact: Fact, theirs: Analysis) -> bool:
    """ "as many as 20" / "around 20 more": the same figure, from DISTINCTIVE_FIGURE up, that
    either side hedges or bounds, is one count told at two precisions, not a fact one side
    lacks. A plain figure against a plain figure is left to the passes that pair counts. So
    too a sum of money in one currency ("about £38 million" / "£38m"): a sum is no small count
    that turns up all over a story, and its currency is its dimension, so "$38 million" stays
    apart (agree45)."""
    number = fact.number
    if number is None or (number.dimension and fact.type is not MentionType.MONEY):
        return False
    stated = number.stated
    if len(stated) != 1 or stated[0] < tuning.DISTINCTIVE_FIGURE:
        return False
    return any(
        other.number is not None and other.number.stated == stated
        for other in _at_another_precision(fact, theirs)
    )


def _at_another_precision(fact: Fact, theirs: Analysis) -> Iterator[Fact]:
    """The other article's figures of this one's kind (its unit's dimension) and of this event,
    where one side or both bound or round the figure."""
    number = fact.number
    if number is None or fact.other_event:
        return
    for other in theirs.facts:
        their_number = other.number
        if (
            their_number is not None
            and their_number.dimension == number.dimension
            and not other.other_event
            and not (number.exact and their_number.exact)
        ):
            yield other
