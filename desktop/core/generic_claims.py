"""A figure in a sentence about a kind of thing, not about the event: "A magnitude 6 quake can
cause severe damage", "A .22-caliber round may travel a mile".

An indefinite subject ("a quake", "an officer") with a modal of what is possible ("can",
"may") and the verb in its plain form tells what such things do in general. Its figure
describes the kind and contradicts no figure of the story.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import GENERIC_MODALS

_SUBJECTS = ("nsubj", "nsubjpass")


def about_a_kind(span: Any) -> bool:
    """The figure qualifies the indefinite subject of a clause of what may happen in general."""
    noun = span.root.head if span.root.dep_ in ("nummod", "compound", "amod") else span.root
    if noun.dep_ not in _SUBJECTS:
        return False
    if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children):
        return False
    verb = noun.head
    modals = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    return verb.tag_ == "VB" and any(m.lower_ in GENERIC_MODALS for m in modals)
