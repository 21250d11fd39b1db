"""A verdict on some of the charges counts the charges it decided: "finding him guilty on 12 of
the 14 theft counts" / "They convicted him on 11 theft counts" both count the counts he was
convicted on, so 12 and 11 clash. A part is otherwise no count of the group (``claims``), and
stays so unless the other article counts the charges under the part's own verb. Other parts stay
apart: "won 18 of its next 23 games" is a stretch of a season, never the season's "40 games"."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon.terms import CHARGE_SLOT

# The weight a part's noun has in its slot when it hangs on it through "of" ("12 of the 14
# theft counts"): a step away from the figure, less than the verb it hangs on itself.
_OF_NOUN = 0.8


def part_told_as_whole(a: Fact, b: Fact) -> bool:
    """One figure is a part of the charges ("12 of the 14 counts"), the other a plain count of
    charges, and the verb the part hangs on with full weight stands beside the plain count too."""
    if a.part == b.part:
        return False
    part, whole = (a, b) if a.part else (b, a)
    if whole.counted != CHARGE_SLOT or whole.apart or part.slot.get(CHARGE_SLOT, 0.0) < _OF_NOUN:
        return False
    verbs = {w for w, weight in part.slot.items() if weight >= 1.0} - {whole.counted}
    return any(whole.slot.get(verb, 0.0) > 0.0 for verb in verbs)
