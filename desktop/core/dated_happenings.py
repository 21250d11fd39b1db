"""The happening a day dates through the subject of its verb: "The fire broke out at about 10 pm
on Wednesday" dates the fire, though the day hangs on "broke out"; "A fire destroyed the mill on
Thursday night" dates it too. A report tells the start of a fire, a storm or a quake with verbs
of every kind (broke out, destroyed, swept, tore through), and its subject names the happening
whatever the verb, so two articles dating one fire with two verbs still date the same thing.

A day set between a subject and its verb ("A judge on Monday sentenced him", "Police Friday
arrested two men") dates the verb, as "sentenced him on Monday" does: a person or a body is
not dated by a day, though the parser hangs the day on the noun before it."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.happenings import SUBJECT_HAPPENINGS
from desktop.core.slot_words import slot_word

# The weight of a head word (slot_words): the subject names what is dated as surely as its verb.
_HEAD = 1.0
# The weight of a word beside the day (slot_words): the subject a day was hung on.
_BESIDE = 0.5
# How far up from the day its verb may stand: "on Wednesday" (day <- on <- verb), "at about 10 pm
# on Wednesday" (day <- on <- pm <- at <- verb).
_REACH = 4


def with_dated_happening(span: Any, words: dict[str, float]) -> dict[str, float]:
    """A day's slot words with the happening noun its verb's subject names, as a head word."""
    words = _with_verb_after_subject(span, words)
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


def _with_verb_after_subject(span: Any, words: dict[str, float]) -> dict[str, float]:
    """ "A judge on Monday sentenced": the verb after the subject the day follows is the head
    word, the subject a word beside it."""
    root = span.root
    subject = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if root.dep_ not in ("pobj", "npadvmod") or subject.dep_ not in ("nsubj", "nsubjpass"):
        return words
    verb = subject.head
    if verb.pos_ != "VERB" or not subject.i < span.start <= span.end <= verb.i:
        return words
    if any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in span.doc[span.end : verb.i]):
        return words  # "Police on Monday, after a long search, ...": not the verb right after it
    out = dict(words)
    noun = slot_word(subject.lemma_)
    if out.get(noun, 0.0) >= _HEAD:
        out[noun] = _BESIDE
    out[slot_word(verb.lemma_)] = _HEAD
    return out
