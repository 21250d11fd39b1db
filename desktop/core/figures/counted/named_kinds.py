"""The kind a proper name makes of the noun a figure counts: "four All-Star games" counts
All-Star games, not games; "two Emmy nominations" counts Emmy nominations.

A proper name set before a common noun as a compound narrows the noun to the kind named after it
(an event, a league, an award, a brand), so a count of that kind is no count of the plain noun
("the team's ninth loss in 12 games") nor of another named kind ("three Oscar nominations"). A
place before the noun ("five Qeshm villages") says where the counted things are, not what they
are, and is left to the count's scope (``figure_tolls.count_scope``), as is a company the
article names on its own: it says whose the counted things are ("Meridian Mobile subscribers").
"""

from __future__ import annotations

from typing import Any

from desktop.core.extraction.parse_cache import parsed_entities
from desktop.core.naming.names import fold

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
    if _a_company_of_the_story(name):
        return ""
    return fold(name.text.replace(" - ", "-"))


def _a_company_of_the_story(name: Any) -> bool:
    """ "2 million Meridian Mobile subscribers" in an article that names Meridian Mobile, or
    Meridian, on its own as a body ("Meridian said"): the name says whose the counted things
    are, the company's customers, not a kind of customer. An award or a game ("All-Star") is
    named before its noun only."""
    forms = {fold(name.text), fold(name[0].text)}  # "Meridian Mobile", or "Meridian" alone
    return any(
        ent.label_ in _BODY_LABELS
        and fold(ent.text) in forms
        and not (ent.start <= name.start < ent.end)
        for ent in parsed_entities(name.doc)
    )


# Labels the small model gives a company named alone: "Meridian said" is as often a "NORP".
_BODY_LABELS = frozenset(["ORG", "NORP"])


def _named(word: Any) -> bool:
    return word.pos_ == "PROPN" and word.text[:1].isupper() and word.ent_type_ not in _PLACE_LABELS
