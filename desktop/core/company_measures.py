"""Two sums said of two measures of a company: "reported revenue of $1.2 billion" / "profit
climbed to $1.4 billion" give the revenue and the profit, never two accounts of one figure, even
when each is the only sum of its sentence."""

from __future__ import annotations

from desktop.core.lexicon.business_slots import COMPANY_MEASURES


def measures_told(slot: dict[str, float]) -> frozenset[str]:
    """The measures of a company a figure's context words name with full weight."""
    return frozenset(w for w, weight in slot.items() if weight >= 1.0 and w in COMPANY_MEASURES)


def two_measures(a: dict[str, float], b: dict[str, float]) -> bool:
    """Each figure names a measure of a company, and none the other names."""
    mine, theirs = measures_told(a), measures_told(b)
    return bool(mine) and bool(theirs) and not mine & theirs
