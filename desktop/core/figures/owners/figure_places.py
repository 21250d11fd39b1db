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

from desktop.core.naming.names import fold
from desktop.core.quoting.attribution import REPORTING_VERBS

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


def counts_its_subject(span: Any, subject: str) -> bool:
    """ "Seventeen Egyptian troops died": the figure counts the very subject the nationality
    qualifies, so the nationality says who the counted are, not whose figure it is. Another
    article's "17 soldiers" in the Sinai counts the same troops without naming their country."""
    root = span.root
    if not subject or root.dep_ != "nummod":
        return False
    noun = root.head
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "amod" and c.ent_type_ in _PLACE_LABELS and fold(c.text) == subject
        for c in noun.children
    )
