"""A finishing place told without its noun: "finished third" is "third place", as "came in
fifth" is "fifth place". An ordinal with no words after it ranks nothing ("early in the
seventh"), but one that follows a verb of finishing ranks the finish, so "Hamilton finished
third" and "Hamilton took fourth place" give one place, and clash."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extract import Token
from desktop.core.lexicon.ranks import FINISHING_NOUN, FINISHING_VERBS


def finishing_place(tokens: Sequence[Token], at: int) -> frozenset[str]:
    """The words the bare ordinal at ``at`` ranks: "place" after a verb of finishing, else none."""
    before = at - 1
    if before >= 0 and tokens[before].lower == "in":
        before -= 1  # "came in fifth"
    if before >= 0 and tokens[before].content in FINISHING_VERBS:
        return frozenset([FINISHING_NOUN])
    return frozenset()
