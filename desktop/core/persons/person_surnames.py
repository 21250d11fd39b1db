"""Whose name mention is whose: the engine keys people by surname, and a family shares one.

Full names with different first names ("Caleb Jackson", "Trinity Jackson") are different
people. A bare surname ("Jackson") goes, as a reader takes it, to the last person of that
surname named before it, unless its sentence gives it a sex that person does not have and
another of the family does: "her ex-husband, Gerald Moss ... Nora Moss was shot ... after
killing his wife, Moss went home" (the one with a wife is the one the article calls a
husband). The sex a sentence gives a bare surname is a possessive "his" / "her" owning a kin
noun, or a reflexive, in the clause of which the surname is the main subject, in a sentence
naming no one else.

A father and a son of one name are two people when the article writes the name with two
suffixes ("John Smith Sr." and "John Smith Jr."); the name written without one stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from desktop.core.extraction.facts import Fact
from desktop.core.lexicon.people import (
    GENERATIONS,
    KIN_NOUNS,
    POSSESSIVE_PRONOUNS,
    REFLEXIVE_SEXES,
)
from desktop.core.model import MentionType
from desktop.core.naming.names import fold, person_key
from desktop.core.persons.person_groups import quoted
from desktop.core.persons.person_mentions import first_name_owners
from desktop.core.persons.person_references import name_genders
from desktop.core.persons.person_verbs import has_subject

# A person of one article: their surname key and first name ("" when the article gives none).
Person = tuple[str, str]

# A rank abbreviated in capitals: "DI", "DCI", "PC", "SGT" (two to four letters).
_RANK_INITIALS = re.compile(r"[A-Z]{2,4}")


def people_of(
    facts: Sequence[Fact], doc: Any, could_be_name: Callable[[str], bool]
) -> dict[Person, list[Fact]]:
    """Mentions by person, in text order within each; ``could_be_name`` drops what no name is."""
    people: dict[Person, list[Fact]] = {}
    last_named: dict[str, str] = {}
    firsts: dict[str, list[str]] = {}
    for fact in facts:
        if fact.type is MentionType.PERSON and fact.key:
            first = name_key(fact.text)[0]
            if first:
                firsts.setdefault(fact.key, []).append(first)
    owners = first_name_owners(facts)
    generations = _generations(facts)
    sexes = _sexes(facts, doc)
    named_by_sentence = _sentences_naming(facts)
    for fact in facts:
        if fact.type is not MentionType.PERSON or not fact.key or not could_be_name(fact.text):
            continue
        first, alone = name_key(fact.text)
        if not first and fact.first == alone and fact.last not in ("", alone):
            people.setdefault((fact.key, alone), []).append(fact)  # "Cedric (and James Poore)"
            continue
        owner = owners.get(alone) if not first else None
        if owner is not None and (owner == fact.key or fact.key not in firsts):
            people.setdefault((owner, alone), []).append(fact)  # "Jaden" is Jaden Rahm
            continue
        known = firsts.get(fact.key, [])
        if not first and known:
            first = last_named.get(fact.key, known[0])
            alone_named = named_by_sentence.get(fact.sentence, 0) == 1
            sex = bare_surname_sex(fact, doc) if alone_named else ""
            if sex and sexes.get((fact.key, first)) != sex:
                # The family member of that sex named last before it, if the article says one.
                fitting = [
                    f
                    for f in reversed(_named_before(people, fact.key))
                    if sexes.get((fact.key, f)) == sex
                ]
                first = fitting[0] if fitting else first
        elif len(first) == 1:  # "J. Smith": the John Smith named in full
            first = next((f for f in known if f.startswith(first)), first)
        suffix = generation(fact.text)
        if suffix and len(generations.get((fact.key, first), ())) > 1:
            # "John Smith Sr., 50, and his son, John Smith Jr., 24": two people of one name.
            first = f"{first} {suffix}"
        last_named[fact.key] = first
        people.setdefault((fact.key, first), []).append(fact)
    return people


def generation(name: str) -> str:
    """The suffix telling a father and a son of one name apart ("Jr", "Sr", "III"), or ""."""
    words = fold(name).replace(",", " ").split()
    return next((w for w in reversed(words) if w in GENERATIONS), "")


def _generations(facts: Sequence[Fact]) -> dict[Person, set[str]]:
    """The suffixes each full name is written with: two say two people of one name."""
    found: dict[Person, set[str]] = {}
    for fact in facts:
        first = name_key(fact.text)[0] if fact.type is MentionType.PERSON and fact.key else ""
        if first and generation(fact.text):
            found.setdefault((fact.key, first), set()).add(generation(fact.text))
    return found


def _named_before(people: dict[Person, list[Fact]], key: str) -> list[str]:
    """The first names of one family's members named so far, the one named last at the end."""
    family = sorted((facts[-1].start, p[1]) for p, facts in people.items() if p[0] == key)
    return [first for _, first in family]


def _sexes(facts: Sequence[Fact], doc: Any) -> dict[Person, str]:
    """The sex the article gives each person named in full ("her ex-husband, Gerald Moss")."""
    named = [
        (f, (f.key, name_key(f.text)[0]))
        for f in facts
        if f.type is MentionType.PERSON and f.key and name_key(f.text)[0]
    ]
    return name_genders(named, doc)[0]


def _sentences_naming(facts: Sequence[Fact]) -> dict[int, int]:
    """How many name mentions of people each sentence holds."""
    counts: dict[int, int] = {}
    for fact in facts:
        if fact.type is MentionType.PERSON and fact.key:
            counts[fact.sentence] = counts.get(fact.sentence, 0) + 1
    return counts


def bare_surname_sex(fact: Fact, doc: Any) -> str:
    """ "After killing his wife, Moss went home", "Moss shot himself": "m" or "f" when a kin
    noun's possessive or a reflexive in the clause of which the name is the main subject says
    it (all such words agreeing), else ""."""
    span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return ""
    root = span.root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ROOT":
        return ""
    said = set()
    for token in verb.sent:
        lower = token.lower_
        if lower in POSSESSIVE_PRONOUNS and token.dep_ == "poss":
            if token.head.lemma_.lower() in KIN_NOUNS and _subject_is(token, verb, span.start):
                said.add(POSSESSIVE_PRONOUNS[lower])
        elif lower in REFLEXIVE_SEXES and _subject_is(token, verb, span.start):
            said.add(REFLEXIVE_SEXES[lower])
    return next(iter(said)) if len(said) == 1 else ""


def _subject_is(token: Any, verb: Any, name_start: int) -> bool:
    """Is ``verb``'s subject, the name starting at token ``name_start``, the one that binds
    ``token``? So when every verb between them has no subject of its own, or when the token's
    clause is a subjectless one set off right before the name ("After killing his wife, Moss
    went home", however the parser hung it), and the token is not a speaker's."""
    if quoted(token):
        return False
    head = token.head
    while head.i != verb.i:
        if head.pos_ in ("VERB", "AUX") and has_subject(head):
            return False
        if head.tag_ in ("VBG", "VBN") and _set_off_before(head, name_start):
            return True
        if head.head.i == head.i:
            return False  # another sentence's root: the parse split the sentence
        head = head.head
    return True


def _set_off_before(clause: Any, name_start: int) -> bool:
    """Does ``clause`` (with its opening preposition) end with a comma right before the name?"""
    end = clause.right_edge.i + 1
    return end + 1 == name_start and clause.doc[end].text == ","


def name_key(text: str) -> tuple[str, str]:
    """A person's (first, last) name, folded, without a rank abbreviated in capitals before a
    full name ("DI Laura Grant", "PC Tom Hale": names are not written in capitals in running
    text, a rank's initials are)."""
    return person_key(text[len(rank(text)) :])


def rank(text: str) -> str:
    """The rank in capitals a full name starts with ("DI Laura Grant": "DI "), or ""."""
    words = text.split()
    if len(words) >= 3 and _RANK_INITIALS.fullmatch(words[0]) and words[1][:1].isupper():
        return text[: text.index(words[1])]
    return ""
