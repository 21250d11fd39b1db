"""The kind a proper name makes of the noun a figure counts: "four All-Star games" counts
All-Star games, not games; "two Emmy nominations" counts Emmy nominations.

A proper name set before a common noun as a compound narrows the noun to the kind named after it
(an event, a league, an award, a brand), so a count of that kind is no count of the plain noun
("the team's ninth loss in 12 games") nor of another named kind ("three Oscar nominations"). A
place before the noun ("five Qeshm villages") says where the counted things are, not what they
are, and is left to the count's scope (``figure_tolls.count_scope``).
"""

from __future__ import annotations

from typing import Any

from desktop.core.names import fold

# Entity labels of a place or a people: where the counted things are, not what kind they are.
_PLACE_LABELS = frozenset(["GPE", "LOC", "NORP", "FAC"])


def named_kind(span: Any) -> str:
    """The folded proper name before the noun the figure counts ("all-star" for "four All-Star
    games"), or "" when the noun stands plain or the figure counts no noun."""
    root = span.root
    if root.dep_ != "nummod" or root.head.pos_ != "NOUN":
        return ""
    noun = root.head
    words = [
        c for c in noun.children if c.dep_ == "compound" and root.i < c.i < noun.i and _named(c)
    ]
    if not words:
        return ""
    first = min(min(w.left_edge.i for w in words), noun.i)
    name = span.doc[max(first, root.i + 1) : noun.i]
    return fold(name.text.replace(" - ", "-"))


def _named(word: Any) -> bool:
    return word.pos_ == "PROPN" and word.text[:1].isupper() and word.ent_type_ not in _PLACE_LABELS
