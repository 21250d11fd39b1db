"""The toll a counted group is in, told through the state its people are in rather than a verb.

"Three others with serious injuries", "five victims showed up at the hospital with gunshot
wounds", "six people were treated for gunshot wounds", "eight people suffered gunshot wounds":
none of these figures hangs on "injured", yet each counts the injured. The toll is the noun the
group is said to have, be treated for, or suffer: the object of "with" or "for" after the counted
noun or its verb, or a direct object of care ("received treatment").
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import (
    COUNT_SLOTS,
    GENERIC_SLOT_WORDS,
    SLOT_SYNONYMS,
    STATE_OBJECTS,
    STATE_PREPOSITIONS,
    STATE_TOLLS,
)


def state_tolls(span: Any, words: dict[str, float]) -> dict[str, float]:
    """The toll named by the state of the group a figure counts, as a slot word of full weight;
    nothing when the figure's own words already name a toll ("two died of their wounds")."""
    if any(weight >= 1.0 and word in COUNT_SLOTS for word, weight in words.items()):
        return {}
    return dict.fromkeys(_state_words(span) & STATE_TOLLS, 1.0)


def _state_words(span: Any) -> set[str]:
    root = span.root
    if root.dep_ != "nummod":
        return set()  # "injuring five": the figure stands for the group and has its verb
    counted = root.head
    holders = [counted]
    if counted.dep_ in ("nsubj", "nsubjpass", "dobj", "conj") and counted.head.pos_ == "VERB":
        holders.append(counted.head)
    found: set[str] = set()
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in STATE_PREPOSITIONS:
                found |= {_toll(obj) for obj in child.children if obj.dep_ == "pobj"}
            elif child.dep_ == "dobj" and holder.i != counted.i:
                found |= {"injury"} if child.lemma_.lower() in STATE_OBJECTS else set()
    return found


def counted_noun(span: Any) -> str:
    """The noun a figure counts, folded like a slot word ("five buildings", "three houses" ->
    building), or "" for a figure that modifies no noun or counts only "people"."""
    root = span.root
    if root.dep_ != "nummod" or root.head.pos_ != "NOUN":
        return ""
    lemma = root.head.lemma_.lower()
    word = SLOT_SYNONYMS.get(lemma, lemma)
    return "" if word in GENERIC_SLOT_WORDS else word


def _toll(token: Any) -> str:
    return SLOT_SYNONYMS.get(token.lemma_.lower(), "")
