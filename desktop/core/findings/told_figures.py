"""Measures told at another precision: "more than 100 mph" / "up to 120 miles an hour" both say
how fast the chase went, and neither is missing from the other article."""

from __future__ import annotations

from desktop.core.extract import Analysis, Fact
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
