"""Fates said by a noun or put before the verb: "Smith's death", "the murder of Ann Lee" (never
"the attempted murder"), "claimed the life of Ann Lee", "charged in the killings of Bo Ray, 20,
and Ann Lee" (each name of the list), "Killed were Ann Lee and Bob Ray". ``person_status`` reads
the clause around them."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.people import (
    ATTEMPT_WORDS,
    DEADLY_NOUNS,
    FATAL_ADJECTIVES,
    FATE_NOUNS,
    FRONTED_FATES,
    LIFE_TAKING_VERBS,
    SOUGHT_WORDS,
)

# (status, start, end): a status and the word that says it.
Found = list[tuple[str, int, int]]


def status_at(status: str, token: Any) -> tuple[str, int, int]:
    return status, token.idx, token.idx + len(token.text)


def noun_fate(noun: Any) -> Found:
    """ "Smith's death", "the murder of Ann Lee": the fate the noun names, unless only attempted."""
    if noun.lemma_.lower() == "life" and noun.dep_ == "dobj":
        # "the shooting claimed the life of Ann Lee"; never "celebrated the life of"
        return [status_at("killed", noun)] if noun.head.lemma_.lower() in LIFE_TAKING_VERBS else []
    if noun.lemma_.lower() in DEADLY_NOUNS and any(
        c.lower_ in FATAL_ADJECTIVES for c in noun.children
    ):
        return [status_at("killed", noun)]  # "the fatal shooting of Ann Lee"
    status = FATE_NOUNS.get(noun.lemma_.lower()) or FATE_NOUNS.get(noun.lower_)
    if status is None or any(c.lower_ in ATTEMPT_WORDS for c in noun.children):
        return []
    if noun.head.lower_ == "for" and _sought(noun.head.head):
        return []  # "a warrant for Smith's arrest": sought, not made
    return [status_at(status, noun)]


def victim_of(noun: Any) -> Found:
    """ "the victim of a homicide", "the victim of a fatal shooting": the fate of what a victim
    is the victim of."""
    if noun.lemma_.lower() != "victim":
        return []
    return [
        s
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for g in prep.children
        if g.dep_ == "pobj"
        for s in noun_fate(g)
    ]


def _sought(head: Any) -> bool:
    """ "a warrant for", "a warrant was issued for", "police issued a warrant for"."""
    nouns = [head] + [c for c in head.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(n.lemma_.lower() in SOUGHT_WORDS for n in nouns)


def listed_after_fate(name: Any, verb: Any) -> Found:
    """The fate of the nearest "of" noun between ``verb`` and ``name`` ("the killings of"), when
    the name follows a comma or "and", as the next item of that noun's list."""
    doc = name.doc
    before = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    if before is None or before.lower_ not in (",", "and"):
        return []
    for at in range(name.left_edge.i - 1, verb.i, -1):
        noun = doc[at]
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return noun_fate(noun)
    return []


def fronted(verb: Any) -> Found:
    """ "Killed were Ann Lee and Bob Ray", "Also injured was Ann Lee": a fate put before the
    copula, whatever the parser made of it, is said of what follows."""
    doc, at = verb.doc, verb.i - 1
    if at < 0 or doc[at].lower_ not in FRONTED_FATES:
        return []
    word = doc[at]
    at -= 1
    while at >= 0 and doc[at].lower_ == "also":
        at -= 1
    # The fate opens the sentence (the parser may have cut it off as a sentence of its own).
    if at >= 0 and not (doc[at].is_punct or doc[at].is_space):
        return []
    return [status_at(FRONTED_FATES[word.lower_], word)]
