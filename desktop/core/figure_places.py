"""Whose figure is it, when the clause is about a place's people or things: "Spanish shares fell
2.9 percent" / "Greek stocks plunged 5.4 percent", "In Lisbon, shares closed down 3.1 percent".

A subject qualified by a nationality ("Spanish shares") in a clause whose verb takes no object
(the subject is what rose or fell), or a clause set in a place by a fronted "In Lisbon,",
measures that place; two figures of two places are two markets, never one figure told twice.
A subject that acts on an object or says something is a source, not the place measured:
"Tehran's seismologic center put the magnitude at 5.9", "Iranian media reported 10 dead".
"""

from __future__ import annotations

from typing import Any

from desktop.core.attribution import REPORTING_VERBS
from desktop.core.names import fold

# Entity labels of a place or of a people: "Spain", "Lisbon", "Spanish".
_PLACE_LABELS = frozenset(["GPE", "NORP", "LOC"])


def placed_subject(verb: Any, subject: Any | None) -> str:
    """The folded place or nationality the figure's clause is about, or ""."""
    if verb.lemma_.lower() in REPORTING_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return ""  # "Tehran's center put the magnitude at 5.9": the subject acts, a source
    if subject is not None:
        for child in subject.children:
            if child.dep_ == "amod" and child.ent_type_ in _PLACE_LABELS:
                return fold(child.text)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < verb.i:
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is not None and place.ent_type_ in _PLACE_LABELS:
                return fold(place.text)
    return ""
