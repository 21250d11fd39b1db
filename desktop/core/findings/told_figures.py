"""Figures told at another precision: "more than 100 mph" / "up to 120 miles an hour" both say
how fast the chase went, "as many as 20" / "around 20" how many were inside, and neither is
missing from the other article."""

from __future__ import annotations

from collections.abc import Iterator

from desktop.core.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.claims import same_slot
from desktop.core.values import numbers_compatible

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


def hedged_count_told(fact: Fact, theirs: Analysis) -> bool:
    """ "as many as 20" / "around 20 more": the same figure, from DISTINCTIVE_FIGURE up, that
    either side hedges or bounds, is one count told at two precisions, not a fact one side
    lacks. A plain figure against a plain figure is left to the passes that pair counts."""
    number = fact.number
    if number is None or number.dimension:
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
