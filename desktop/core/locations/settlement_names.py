"""A name a sentence gives as the name of a village, a town or an island is a place.

"the villages of Tonban, Kalat and Dunmore", "the town of Bam": the object of "of" after a
lower-case noun for a kind of settlement, and every name joined to it in a list, names such a
place, whatever the small model took an unfamiliar name for (it reads many as people).
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.settlements import SETTLEMENT_NOUNS


def names_a_settlement(span: Any) -> bool:
    """True when ``span`` is (or is listed with) the object of "of" after a settlement noun."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Tonban, Kalat and Dunmore": the first of the list
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return (
        noun.i != root.head.i
        and noun.i < root.head.i
        and noun.is_lower
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in SETTLEMENT_NOUNS
    )
