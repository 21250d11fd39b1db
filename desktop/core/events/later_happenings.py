"""A value told inside the phrase of a later happening: "The quake was followed by a magnitude
4.8 tremor an hour later", "A 6.4 quake struck the coast, and later a 4.8 tremor shook the town",
"... struck the coast before a 4.8 tremor shook the town". The sentence tells two happenings in
order, and the second one's values (its magnitude, its toll) are about it, never about the
story's own happening, whatever noun names it: "tremor" folds to the quake's slot, so without
this the aftershock's 4.8 is read as the quake's and set against the other article's 6.4.

Read by ``figures.facts.figure_facts`` (the figure's ``other_event``) and
``figures.numbers.scale_figures`` (a later reading on the magnitude scale is an aftershock's)."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.happenings import SUBJECT_HAPPENINGS
from desktop.core.lexicon.steps import (
    BEFORE_MARKS,
    FOLLOWING_VERBS,
    LATER_CLAUSE_ADVERBS,
    LATER_ORDINALS,
    MEASURING_VERBS,
    QUAKE_STEPS,
)

# Nouns that name a happening (a quake, a blast, a fire, an aftershock): the first happening
# of "X was followed by Y", and the subject of a later clause ("then a tremor shook ...").
_HAPPENINGS = SUBJECT_HAPPENINGS | QUAKE_STEPS
_SUBJECTS = ("nsubj", "nsubjpass")
# Words a value's own noun phrase is made of: "a magnitude 4.8 tremor", "a tremor of 4.8".
_PHRASE_WORDS = ("NOUN", "PROPN", "NUM", "ADJ")


def in_a_later_happening(span: Any) -> bool:
    """Is the value inside the noun phrase of a happening the sentence tells after another?"""
    if _a_later_one_of_a_series(span.root):
        return True
    nouns = _phrase_nouns(span.root)
    if not nouns:
        return False
    return _follows_a_happening(nouns[-1]) or _later_clause_subject(nouns)


def _a_later_one_of_a_series(word: Any) -> bool:
    """ "A second blast an hour later injured 3 firefighters", "a second quake of magnitude
    4.8": a happening counted second or later in a series is not the story's first one, and a
    value in its phrase or its clause is its own. The happening is a noun of the value's phrase
    or the subject of the verb the value hangs on."""
    nouns = _phrase_nouns(word)
    verb = next((t for t in word.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        nouns += [c for c in verb.children if c.dep_ in _SUBJECTS]
    return any(
        _a_happening(n) and any(c.dep_ == "amod" and c.lower_ in LATER_ORDINALS for c in n.children)
        for n in nouns
    )


def _phrase_nouns(word: Any) -> list[Any]:
    """The nouns of the phrase the value stands in, its head last ("4.8" -> ["tremor"]),
    climbing nouns, numbers, "of" and a measuring verb ("a tremor measuring 4.8"); empty when
    the value hangs on no noun."""
    nouns: list[Any] = []
    while word.head.i != word.i:
        up = word.head
        if up.pos_ in _PHRASE_WORDS:
            nouns += [up] if up.pos_ in ("NOUN", "PROPN") else []
        elif not (
            (up.pos_ == "ADP" and up.lower_ == "of")
            or (up.dep_ == "acl" and up.lemma_.lower() in MEASURING_VERBS)
        ):
            break
        word = up
    return nouns


def _follows_a_happening(noun: Any) -> bool:
    """ "The quake was followed by a 4.8 tremor", "A quake struck ..., followed by a 4.8
    tremor", "A 4.8 tremor followed the quake": the agent of a passive "follow", or the subject
    of an active one whose object is a happening, is the later of two happenings."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return _followed(noun.head.head)
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in FOLLOWING_VERBS:
        return any(c.dep_ == "dobj" and _a_happening(c) for c in noun.head.children)
    return False


def followed_by_another(word: Any) -> bool:
    """ "The quake was followed by a strong tremor on Monday": a day hung on a passive "follow"
    of a happening, or on its agent (the parser hangs "on Monday" on "tremor" as often), dates
    what followed, never the happening itself (read by ``later_steps.later_step``)."""
    verb = word.head.head if word.dep_ == "pobj" and word.head.dep_ == "agent" else word
    return _followed(verb)


def _followed(verb: Any) -> bool:
    """A passive "follow" with an agent, whose first happening is its subject or, for the
    participle "..., followed by", the subject of the clause it hangs on. The first must be a
    happening, so "the suspect was followed by two officers" tells no later happening."""
    if verb.lemma_.lower() not in FOLLOWING_VERBS or not any(
        c.dep_ == "agent" for c in verb.children
    ):
        return False
    first = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if verb.dep_ == "advcl" and not first:
        first = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    return any(_a_happening(f) for f in first)


def _later_clause_subject(nouns: list[Any]) -> bool:
    """ "A quake struck the coast, and later a 4.8 tremor shook the town", "..., then a 4.8
    tremor hit", "... struck before a 4.8 tremor shook the town": a happening that is the
    subject of a clause set after an earlier clause of the same sentence. Only a happening's
    noun counts, in the phrase ("then a magnitude 4.8 tremor hit", which the parser may head
    by "magnitude"): "police arrested three men, and later two women were charged" tells
    people."""
    noun = nouns[-1]
    if noun.dep_ not in _SUBJECTS or not any(_a_happening(n) for n in nouns):
        return False
    verb = noun.head
    children = list(verb.children)
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in BEFORE_MARKS for c in children
    ):
        return verb.head.i < verb.i
    if not any(c.dep_ == "advmod" and c.lower_ in LATER_CLAUSE_ADVERBS for c in children):
        return False
    # The earlier clause: the verb this one is joined to, or a clause the parser hung under it
    # before it ("A quake struck the coast, then a tremor hit": "struck" as its ccomp).
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        return True
    return any(
        c.dep_ in ("ccomp", "conj", "advcl") and c.pos_ == "VERB" and c.i < verb.i for c in children
    )


def _a_happening(word: Any) -> bool:
    return word.lemma_.lower() in _HAPPENINGS or word.lower_ in _HAPPENINGS
