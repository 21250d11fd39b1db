"""A figure another figure of the other article allows, of the same slot, is borne out there:
never set against a third figure, whichever article stands on the left."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.core.extraction.extract import Fact
from desktop.core.findings.bookkeeping.claims import Relation, overlap, relation

# The slot overlap at which a figure that allows another of the other article bears it out, so
# neither is set against a third ("10 killed and at least 50 injured" parsed onto one verb).
BORNE_OUT_SLOT = 0.6


Facts = Sequence[Fact]


def bears_out(fa: Fact, fb: Fact, rel: Relation | None, facts: tuple[Facts, Facts]) -> bool:
    """One figure allows the other, of the same slot: "at least six wounded" / "six wounded";
    unless the bound's own article gives a plain figure of that slot too ("8 wounded ... at
    least six wounded"): that plain figure is its count, and the bound no account of another."""
    return (
        rel in (Relation.SAME, Relation.CONSISTENT)
        and fa.number is not None
        and overlap(fa.slot, fb.slot) >= BORNE_OUT_SLOT
        and not _bound_beside_a_count(fa, facts[0])
        and not _bound_beside_a_count(fb, facts[1])
    )


def _bound_beside_a_count(bound: Fact, facts: Facts) -> bool:
    number = bound.number
    if number is None or number.bound not in ("lower", "upper"):
        return False
    return any(
        f.number is not None
        and f.number.bound == ""
        and f.number.dimension == number.dimension
        and overlap(f.slot, bound.slot) > 0  # a word in common: "8 wounded" / "six ... wounded"
        for f in facts
    )


def borne_out_there(
    fa: Fact, near: list[Fact], refs: tuple[date | None, date | None], facts: tuple[Facts, Facts]
) -> bool:
    """A left figure that another figure of the right article allows ("8 wounded" / "at least
    six wounded"): ``_explained`` keeps such a right figure from any clash, and so is this left
    one, or the verdict would hang on which article stands on the left (stop 56,
    bench.symmetry). The very same figure on both sides is left out: a figure both articles give
    may still clash with a second figure of the other ("5.9, but the USGS said 6.1")."""
    return any(fb.key != fa.key and bears_out(fa, fb, relation(fa, fb, refs), facts) for fb in near)
