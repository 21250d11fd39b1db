"""A happening someone was attending to when the story's own struck: "Deputy Ortiz was killed
June 24 while investigating a June 20 shooting", "was shot while responding to a robbery". The
happening investigated or answered came before, and is another one: a date or figure written on
its noun ("a June 20 shooting") is that happening's, never the story's. The value must sit on the
noun itself: "was shot while investigating a robbery on Monday" may date the story's shooting."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import INCIDENT_NOUNS
from desktop.core.lexicon.intervals import ATTENDING_VERBS, WHILE_WORDS

# How a value hangs on the noun it qualifies: "a June 20 shooting", "the 2005 killing".
_ON_A_NOUN = frozenset({"nmod", "compound", "nummod", "npadvmod", "amod"})


def on_an_attended_incident(span: Any) -> bool:
    """Does the value qualify a happening's noun that a "while" clause says someone was
    investigating or responding to?"""
    noun = span.root
    while noun.dep_ in _ON_A_NOUN and noun.head.i != noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head
    if noun.i == span.root.i or noun.lemma_.lower() not in INCIDENT_NOUNS:
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "responding to a robbery"
    elif noun.dep_ != "dobj":
        return False
    return (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in ATTENDING_VERBS
        and any(c.dep_ == "mark" and c.lower_ in WHILE_WORDS for c in verb.children)
    )
