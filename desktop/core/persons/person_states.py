"""The states a clause puts a person in, read off a verb's prepositions and objects: custody ("in
custody", "was taken to jail", "placed under arrest"), a wound ("with a gunshot wound", "for
treatment of a wound"), a condition ("in critical condition"), their own death ("took his own
life"), the state they were found in ("found Smith dead"). ``person_status`` reads the clause; this
module answers its questions about one verb."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.people import (
    ARREST_STATES,
    CARRIED_VERBS,
    CONDITION_WORDS,
    CUSTODY_WORDS,
    FATAL_ADJECTIVES,
    HOSPITAL_WORDS,
    INJURY_NOUNS,
    INJURY_PREPOSITIONS,
    INJURY_VERBS,
    NO_WORDS,
    RECOVERY_VERBS,
    REFLEXIVES,
    SMALL_CLAUSE_VERBS,
    STAYING_VERBS,
    SUICIDE_NOUNS,
    SURVIVE_VERBS,
    TREATED_VERBS,
    TREATMENT_NOUNS,
)

# "in custody", "into the county jail"; done to the subject: "taken to jail", "booked at the jail".
_CUSTODY_PREPOSITIONS = frozenset({"in", "into"})
_TAKEN_TO = frozenset({"to", "at"})
_UNDER = frozenset({"under"})


def is_passive(verb: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


# The verbs of a death by one's own hand: any other verb is let go before its children are read.
_OWN_DEATH_VERBS = frozenset({"commit", "take", "lose", "turn"})


def own_death(verb: Any) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in _OWN_DEATH_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "commit":
        return any(c.lemma_.lower() in SUICIDE_NOUNS for c in objects)
    if lemma == "take":
        return any(c.lemma_.lower() == "life" and has_word(c, "own") for c in objects)
    if lemma == "lose":
        return any(c.lemma_.lower() == "life" for c in objects)  # "lost his life"
    if lemma == "turn":
        on_self = any(
            p.lower_ == "on" and any(g.lower_ in REFLEXIVES for g in p.children)
            for p in verb.children
        )
        return on_self and any(c.lemma_.lower() in ("gun", "weapon") for c in objects)
    return False


def has_word(token: Any, word: str) -> bool:
    return any(c.lower_ == word for c in token.children)


def prep_objects(verb: Any, prepositions: frozenset[str]) -> list[Any]:
    return [
        g
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for g in prep.children
        if g.dep_ == "pobj"
    ]


def from_objects(verb: Any) -> list[Any]:
    return prep_objects(verb, frozenset({"from"}))


def with_injury(verb: Any) -> bool:
    """ "with a gunshot wound", "for injuries", "for treatment of a gunshot wound", also hung on
    the place the verb goes to ("was flown to a hospital for treatment of a wound")."""
    places = prep_objects(verb, _CUSTODY_PREPOSITIONS | {"to"})
    objects = prep_objects(verb, INJURY_PREPOSITIONS) + [
        g for place in places for g in prep_objects(place, INJURY_PREPOSITIONS)
    ]
    treated = [
        g
        for noun in objects
        if noun.lemma_.lower() in TREATMENT_NOUNS
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for g in prep.children
        if g.dep_ == "pobj"
    ]
    return any(g.lemma_.lower() in INJURY_NOUNS for g in objects + treated)


def in_custody(verb: Any) -> bool:
    """ "in custody", "into the county jail"; "to" and "at" only when it was done to the subject
    ("was taken to jail", "was booked at the jail"; not "went to the jail to visit")."""
    prepositions = _CUSTODY_PREPOSITIONS | (_TAKEN_TO if is_passive(verb) else frozenset())
    if any(g.lemma_.lower() in ARREST_STATES for g in prep_objects(verb, _UNDER)):
        return True  # "was placed under arrest"
    return any(g.lower_ in CUSTODY_WORDS for g in prep_objects(verb, prepositions))


def to_hospital(verb: Any) -> bool:
    """ "was rushed to a hospital", "was flown to St. Mary's Hospital": carried there, so hurt
    (never "went to the hospital": someone else carried them)."""
    if not (is_passive(verb) or verb.tag_ == "VBN") or verb.lemma_.lower() not in CARRIED_VERBS:
        return False
    return any(g.lower_ in HOSPITAL_WORDS for g in prep_objects(verb, frozenset({"to"})))


def in_condition(verb: Any) -> bool:
    """ "remains in critical condition", "is in a coma", "remains in the hospital"."""
    if verb.lemma_.lower() in STAYING_VERBS and any(
        g.lower_ in HOSPITAL_WORDS for g in prep_objects(verb, _CUSTODY_PREPOSITIONS)
    ):
        return True
    return any(
        g.lemma_.lower() in CONDITION_WORDS
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for g in prep.children
        if g.dep_ == "pobj"
    )


def small_clause(verb: Any) -> bool:
    """ "found Smith dead", "left Ann Lee wounded": a participle or adjective without an
    auxiliary or an object of its own, the complement of "find" or "leave" (never "police found
    Smith shot his wife", a clause of its own)."""
    return (
        verb.dep_ in ("ccomp", "xcomp", "oprd")
        and verb.head.lemma_.lower() in SMALL_CLAUSE_VERBS
        and verb.tag_ in ("VBN", "VBD", "JJ")
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
    )


def denied(verb: Any) -> bool:
    """ "was not injured", "has never been charged": the verb is negated. "did not survive" and
    "is not expected to survive" are the statements of a death and of a wound, not denials."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    survives = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    return not any(v.lemma_.lower() in SURVIVE_VERBS | RECOVERY_VERBS for v in survives)


def hurt(lemma: str, objects: list[Any]) -> bool:
    """ "suffered / sustained a wound", "has injuries", "underwent surgery": a verb of having an
    injury or care (never "suffered no injuries")."""
    nouns = {c.lemma_.lower() for c in objects if not any(d.lower_ in NO_WORDS for d in c.children)}
    return bool(
        (lemma in INJURY_VERBS and nouns & INJURY_NOUNS)
        or (lemma in TREATED_VERBS and nouns & TREATMENT_NOUNS)
    )


def fatal_wound(objects: list[Any]) -> bool:
    """ "suffered fatal injuries", "a fatal gunshot wound": the wound killed."""
    return any(
        c.lemma_.lower() in INJURY_NOUNS and any(a.lower_ in FATAL_ADJECTIVES for a in c.children)
        for c in objects
    )
