"""The people on board a ship or a plane, and its two parts: passengers and crew.

"A ferry carrying 40 passengers" and "a ferry with 52 people on board" count one group told with
two nouns, so the two figures clash. A crew is the other part: "12 crew" never counts the people
on board, and "40 passengers and 12 crew" tells the two parts, neither of them the 52 on board.
"""

from __future__ import annotations

from desktop.core.extraction.facts import Fact
from desktop.core.lexicon.counted_nouns import ABOARD_WORD, CREW_WORD

# The counted noun of "eight crew members": the crew's members.
_MEMBER_WORD = "member"
# The slot word of a figure a craft carries.
_CARRY_WORD = "carry"


def parts_aboard(a: Fact, b: Fact) -> bool:
    """The two figures count different parts of the people on board (or a part and the whole)."""
    part_a, part_b = aboard_part(a), aboard_part(b)
    return part_a is not None and part_b is not None and part_a != part_b


def aboard_part(fact: Fact) -> str | None:
    """ "crew"; "part" for passengers counted beside the crew; "all" for everyone on board; None
    for a figure that counts no one aboard."""
    if {ABOARD_WORD, CREW_WORD} <= set((fact.counted or "").split()):
        return "all"  # "All 157 passengers and crew": one figure of both parts is everyone
    if fact.counted == CREW_WORD or (
        fact.counted == _MEMBER_WORD and fact.slot.get(CREW_WORD, 0.0) >= 0.5
    ):
        return "crew"  # "12 crew", "eight crew members"
    if fact.slot.get(ABOARD_WORD, 0.0) < 0.5:
        # "a ferry carrying 150 people": the people a craft carries are all on board
        return "all" if fact.slot.get(_CARRY_WORD, 0.0) >= 0.5 and not fact.counted else None
    return "part" if CREW_WORD in fact.slot else "all"
