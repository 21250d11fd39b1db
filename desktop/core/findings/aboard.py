"""The people on board a ship or a plane, and its two parts: passengers and crew.

"A ferry carrying 40 passengers" and "a ferry with 52 people on board" count one group told with
two nouns, so the two figures clash. A crew is the other part: "12 crew" never counts the people
on board, and "40 passengers and 12 crew" tells the two parts, neither of them the 52 on board.
"""

from __future__ import annotations

from desktop.core.facts import Fact
from desktop.core.lexicon.counted_nouns import ABOARD_WORD, CREW_WORD


def parts_aboard(a: Fact, b: Fact) -> bool:
    """The two figures count different parts of the people on board (or a part and the whole)."""
    part_a, part_b = _part(a), _part(b)
    return part_a is not None and part_b is not None and part_a != part_b


def _part(fact: Fact) -> str | None:
    """ "crew"; "part" for passengers counted beside the crew; "all" for everyone on board; None
    for a figure that counts no one aboard."""
    if fact.counted == CREW_WORD:
        return "crew"
    if fact.slot.get(ABOARD_WORD, 0.0) < 0.5:
        return None
    return "part" if CREW_WORD in fact.slot else "all"
