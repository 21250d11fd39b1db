"""A figure in a sentence about no event that happened: about a kind of thing ("A magnitude 6
quake can cause severe damage") or about what might have been ("There might have been two
people killed").

An indefinite subject ("a quake", "an officer") with a modal of what is possible ("can",
"may") and the verb in its plain form tells what such things do in general; a modal with
"have" ("might have been", "could have killed") tells what did not happen. Either figure
contradicts no figure of the story. "May have" is the exception: "up to 50 people may have died"
is a reporter's hedge on what did happen (epistemic, not counterfactual), and is compared.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import GENERIC_MODALS

_SUBJECTS = ("nsubj", "nsubjpass")


def about_a_kind(span: Any) -> bool:
    """The figure qualifies the indefinite subject of a clause of what may happen in general,
    or stands in a clause of what might have been."""
    if _might_have_been(span):
        return True
    noun = span.root.head if span.root.dep_ in ("nummod", "compound", "amod") else span.root
    if noun.dep_ not in _SUBJECTS:
        return False
    if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children):
        return False
    verb = noun.head
    modals = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    return verb.tag_ == "VB" and any(m.lower_ in GENERIC_MODALS for m in modals)


def _might_have_been(span: Any) -> bool:
    """ "There might have been two people killed", "he could have killed five": a modal and
    "have" before the verb of the figure's clause."""
    verb = span.root
    for _ in range(_CLAUSE_REACH):
        if (verb.pos_ in ("VERB", "AUX") and verb.dep_ != "aux") or verb.head.i == verb.i:
            break
        verb = verb.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    modal = any(c.tag_ == "MD" and c.lower_ in _UNREAL_MODALS for c in auxiliaries)
    return modal and any(c.lower_ == "have" for c in auxiliaries)


# Modals that with "have" tell what did not happen; "may have" hedges what did.
_UNREAL_MODALS = (GENERIC_MODALS | {"would"}) - {"may"}
# How many steps up the parse the figure's verb is looked for: "two" / "people" / "been".
_CLAUSE_REACH = 4
