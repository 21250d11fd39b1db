"""The state a linking verb ties a figure to: "14 remain missing" counts the missing, as "eight
are missing" does. "remain" says only that the state lasts; the complement ("missing",
"trapped", "unaccounted for") is what the figure is a count of."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.linking import LINKING_VERBS

# The dependencies of a linking verb's complement: "remain missing" (acomp), "remain a
# suspect" (attr), "were left stranded" (oprd).
_COMPLEMENTS = frozenset({"acomp", "attr", "oprd"})


def told_state(word: Any) -> list[Any]:
    """The words that stand for ``word`` in a slot: a linking verb's complements, or the word
    itself (also a linking verb with no complement: "two remain" says only that they remain)."""
    if word.lemma_.lower() not in LINKING_VERBS:
        return [word]
    states = [c for c in word.children if c.dep_ in _COMPLEMENTS]
    return states or [word]
