"""The happening a day dates through the subject of its verb: "The fire broke out at about 10 pm
on Wednesday" dates the fire, though the day hangs on "broke out"; "A fire destroyed the mill on
Thursday night" dates it too. A report tells the start of a fire, a storm or a quake with verbs
of every kind (broke out, destroyed, swept, tore through), and its subject names the happening
whatever the verb, so two articles dating one fire with two verbs still date the same thing."""

from __future__ import annotations

from typing import Any

from desktop.core.extraction.slot_words import slot_word
from desktop.core.lexicon.happenings import SUBJECT_HAPPENINGS

# The weight of a head word (slot_words): the subject names what is dated as surely as its verb.
_HEAD = 1.0
# How far up from the day its verb may stand: "on Wednesday" (day <- on <- verb), "at about 10 pm
# on Wednesday" (day <- on <- pm <- at <- verb).
_REACH = 4


def with_dated_happening(span: Any, words: dict[str, float]) -> dict[str, float]:
    """A day's slot words with the happening noun its verb's subject names, as a head word."""
    verb = _verb_above(span.root)
    if verb is None:
        return words
    for child in verb.children:
        lemma = child.lemma_.lower()
        if child.dep_ in ("nsubj", "nsubjpass") and lemma in SUBJECT_HAPPENINGS:
            return words | {slot_word(lemma): _HEAD}
    return words


def _verb_above(token: Any) -> Any:
    for _ in range(_REACH):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None
