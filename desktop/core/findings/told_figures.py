"""Figures told at another precision: "more than 100 mph" / "up to 120 miles an hour" both say
how fast the chase went, "as many as 20" / "around 20" how many were inside, and neither is
missing from the other article."""

from __future__ import annotations

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
    if number is None or number.dimension not in _MEASURES or fact.other_event:
        return False
    for other in theirs.facts:
        theirs_number = other.number
        if (
            theirs_number is None
            or theirs_number.dimension != number.dimension
            or other.other_event
            or (number.exact and theirs_number.exact)
        ):
            continue
        if same_slot(fact, other) and numbers_compatible(number, theirs_number):
            return True
    return False


def hedged_count_told(fact: Fact, theirs: Analysis) -> bool:
    """ "as many as 20" / "around 20 more": the same figure, from DISTINCTIVE_FIGURE up, that
    either side hedges or bounds, is one count told at two precisions, not a fact one side
    lacks. A plain figure against a plain figure is left to the passes that pair counts."""
    number = fact.number
    if number is None or number.dimension or fact.other_event:
        return False
    stated = number.stated
    if len(stated) != 1 or stated[0] < tuning.DISTINCTIVE_FIGURE:
        return False
    for other in theirs.facts:
        theirs_number = other.number
        if (
            theirs_number is None
            or theirs_number.dimension
            or other.other_event
            or (number.exact and theirs_number.exact)
        ):
            continue
        if theirs_number.stated == stated:
            return True
    return False
