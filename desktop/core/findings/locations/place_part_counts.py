"""A count made in one place, among the article's counts place by place
(``core/locations/place_parts``), against a count of the whole: "10 houses were damaged in Takengon"
/ "Around 40 houses were damaged by the quake". The part clashes with the whole only by being
larger; smaller, it fits within it, and when the two are close it tells the same damage ("at least
22 houses ... in the district" / "Around 40 houses").
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.findings.bookkeeping.figures import Relation, close, number_relation


def place_part_relation(a: Fact, b: Fact) -> Relation | None:
    """How a count by place relates to the other count; None when they say nothing of each other."""
    assert a.number is not None and b.number is not None
    if a.by_place and b.by_place:
        # Two tallies by place: a place's count against the same place's only.
        return number_relation(a.number, b.number) if a.scope == b.scope else None
    part, whole = (a, b) if a.by_place else (b, a)
    assert part.number is not None and whole.number is not None
    if whole.scope == part.scope:
        return number_relation(a.number, b.number)  # "12 ... in Texas" / "15 ... in Texas"
    if part.number.low > whole.number.high:
        return Relation.CLASH  # more in one place than in all of them
    return Relation.CONSISTENT if close(part.number, whole.number) else None
