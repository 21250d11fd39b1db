"""A name that dies, is born, marries or retires is a person.

"Bettie Page, the 1950s pin-up model, has died", "Page was born in Nashville": only a person
(or a pet) lives such a life, so the name is a person's, never a body's or a place's, whatever the
small model read it as. A "bill that died in the Senate" names no one, and a country or a town
the gazetteer knows keeps being a place (the vote checks that).
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.life_events import DEATH_VERBS, LIFE_STEP_VERBS

_LIFE_VERBS = DEATH_VERBS | LIFE_STEP_VERBS


def lives_a_life(span: Any) -> bool:
    """``span`` is the subject of a verb of a life's events, or the one "born"."""
    root = span.root
    verb = root.head
    if root.i == verb.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    if root.dep_ == "nsubj" and verb.lemma_.lower() in _LIFE_VERBS:
        return True
    return root.dep_ == "nsubjpass" and verb.lower_ == "born"
