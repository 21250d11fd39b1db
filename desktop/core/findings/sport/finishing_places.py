"""A finishing place told without its noun: "finished third" is "third place", as "came in
fifth" is "fifth place". An ordinal with no words after it ranks nothing ("early in the
seventh"), but one that follows a verb of finishing ranks the finish, so "Hamilton finished
third" and "Hamilton took fourth place" give one place, and clash. So does one set after a
name in a "with" phrase that lists the finishers: "Verstappen won, with Leclerc fifth"."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extraction.extract import Token
from desktop.core.lexicon.ranks import FINISHING_NOUN, FINISHING_VERBS


def finishing_place(tokens: Sequence[Token], at: int) -> frozenset[str]:
    """The words the bare ordinal at ``at`` ranks: "place" after a verb of finishing, else none."""
    before = at - 1
    if before >= 0 and tokens[before].lower == "in":
        before -= 1  # "came in fifth"
    if before >= 0 and tokens[before].content in FINISHING_VERBS:
        return frozenset([FINISHING_NOUN])
    if _after_a_name_with(tokens, at):
        return frozenset([FINISHING_NOUN])
    return frozenset()


# How many words a finisher's name may take between "with" and the ordinal: "with Charles
# Leclerc third".
_NAME_REACH = 3


def _after_a_name_with(tokens: Sequence[Token], at: int) -> bool:
    """ "with Leclerc third", "with Charles Leclerc fifth": the bare ordinal closes a phrase of
    "with" and a name, where nothing follows it but the clause's end."""
    after = tokens[at + 1].lower if at + 1 < len(tokens) else "."
    if after not in (".", ",", ";", "and"):
        return False
    words = tokens[max(0, at - _NAME_REACH - 1) : at]
    for i, token in enumerate(words):
        if token.lower == "with":
            name = words[i + 1 :]
            return bool(name) and all(t.noun for t in name)
    return False
