"""The part played by the person a pronoun stands for, read from the sentence before: "Police
arrested Carl Boyd. He is 22." ages the man arrested, the suspect, as "Carl Boyd, 22, was
arrested" would.

A "he" or "she" with no person before it in its own sentence stands for the one person the
sentence before tells of; when that sentence holds, charges or hunts that person (``age_doers``),
the pronoun's age is the suspect's and never meets the victim's. A sentence before that tells of
two people ("Police arrested Carl Boyd in the killing of Jon Pratt") leaves the pronoun to no one.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.people import PLAIN_PERSON_NOUNS, STANDING_PERSON_NOUNS
from desktop.core.persons.age_doers import suspect_part

_SINGULAR_PRONOUNS = frozenset({"he", "she"})


def pronoun_part(age: Any) -> str:
    """The part of the person the pronoun subject of ``age`` ("He is 22") stands for, or ""."""
    subjects = [
        c
        for c in age.head.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SINGULAR_PRONOUNS
    ]
    if len(subjects) != 1:
        return ""
    pronoun = subjects[0]
    sent = pronoun.sent
    if sent.start == 0 or any(_a_person(t) for t in pronoun.doc[sent.start : pronoun.i]):
        return ""  # "Boyd's lawyer said he is 22": someone nearer than the sentence before
    before = pronoun.doc[sent.start - 1].sent
    people = [t for t in before if _a_person(t)]
    return suspect_part(people[0]) if len(people) == 1 else ""


def _a_person(word: Any) -> bool:
    """A person's name (its last word) or a singular noun for a person ("a 22-year-old man")."""
    if word.ent_type_ == "PERSON":
        after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        return after is None or after.ent_type_ != "PERSON" or after.ent_iob_ == "B"
    lemma = word.lemma_.lower()
    return word.tag_ == "NN" and lemma in PLAIN_PERSON_NOUNS | STANDING_PERSON_NOUNS
