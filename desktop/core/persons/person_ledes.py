"""The person a story introduces without a name and names later: "A 15-year-old has been shot and
killed ... Tom Ray was pronounced dead at a hospital", "A 19-year-old man was arrested ... Police
said John Doe was taken into custody", "Authorities have identified the 4-year-old boy who died
Friday. ... Tom Ray was visiting a home" (the definite description before any name of that fate
is the same introduction, as a subject or as the object the sentence identifies).

A reader links the two when the story gives that fate to unnamed people of one age before it
names anyone with it: the first person it then names with that fate is the one described, and the
description's age is theirs unless they have one of their own. Unnamed people of that fate with
different ages leave it open (no guessing).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping, Sequence
from typing import Any, TypeVar

from desktop.core.extraction.facts import Fact
from desktop.core.extraction.parse_cache import parsed_entities, parsed_text
from desktop.core.lexicon.people import (
    DEFINITE_DETERMINERS,
    GENDERED_WORDS,
    SALIENT_DESCRIPTIONS,
)
from desktop.core.model import PersonAttribute
from desktop.core.persons.person_groups import quoted
from desktop.core.persons.person_status import statuses

P = TypeVar("P", bound=Hashable)

# The fates a reader links by: what happened to a person ("The 19-year-old man charged in the
# shooting ... Dale Hurst was arraigned"), not what they said.
LINKING_FATES = frozenset({"killed", "injured", "arrested", "charged"})

# "a 15-year-old", "the 18-year-old man" introducing someone (not "a 15-year-old John Doe").
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_INTRODUCED = re.compile(r"\b(?:[Aa]n?|[Tt]he) (\d{1,3})[- ]year[- ]old\b(?!\s+[A-Z])")


def introduced_ages(
    said: Mapping[P, Sequence[PersonAttribute]],
    named: Sequence[tuple[Fact, P]],
    sexes: Mapping[P, str],
    doc: Any,
) -> list[tuple[P, PersonAttribute]]:
    """(person, age) for each person named after an unnamed description of their fate."""
    first_named: dict[P, int] = {}
    for mention, person in named:
        first_named.setdefault(person, mention.start)
    unnamed: dict[str, list[tuple[int, PersonAttribute, str]]] = {}
    for match in _INTRODUCED.finditer(parsed_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        token = span[-1]  # "old", or the noun it describes: "man"
        if token.dep_ == "amod" and token.head.i > token.i:
            token = token.head
        if token.dep_ not in ("nsubj", "nsubjpass", "dobj") or quoted(token):
            continue
        age = PersonAttribute("age", match.group(1), match.start(1), match.end(1))
        if any(c.dep_ == "conj" for c in token.children):
            age = PersonAttribute("age", "", age.start, age.end)  # "a 15- and a 20-year-old"
        sex = GENDERED_WORDS.get(token.lower_, "")
        for fate in {s for s, _, _ in statuses(token)} & LINKING_FATES:
            unnamed.setdefault(fate, []).append((match.start(), age, sex))
    found = []
    for fate, described in unnamed.items():
        ages = {age.value for _, age, _ in described}
        if len(ages) != 1 or "" in ages:
            continue
        at, age, sex = described[0]
        fated = [p for p, attrs in said.items() if any(a.value == fate for a in attrs)]
        after = sorted((first_named[p], p) for p in fated if first_named.get(p, -1) > at)
        if not after or len(after) < len(fated):
            continue  # someone of that fate was named before the description
        person = after[0][1]
        if not any(a.kind == "age" for a in said[person]) and sex in ("", sexes.get(person, sex)):
            found.append((person, age))
    return found


def story_age(noun: Any) -> list[PersonAttribute]:
    """ "A teenage girl was shot ... The 16-year-old victim was in the basement ... The girl has
    been identified as Ann Lee": a definite description of a victim identified as a name, in a
    story that has named no one before it, is the unnamed person the story has told of; their
    age is the one age its descriptions before gave to a victim or to that noun (none when they
    give two ages)."""
    if noun.lemma_.lower() not in SALIENT_DESCRIPTIONS or not any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children
    ):
        return []
    doc, start = noun.doc, noun.sent.start_char
    # Someone named before: the description may be theirs. A word in capitals is a dateline's
    # town ("ARNOLD (AP) —"), never a name in running text.
    if any(
        e.label_ == "PERSON" and e.start_char < start and not e.text.isupper()
        for e in parsed_entities(doc)
    ):
        return []
    ages = list(_INTRODUCED.finditer(parsed_text(doc), 0, start))
    if len({m.group(1) for m in ages}) != 1:
        return []
    # The age must describe the victim or the identified noun itself ("the 16-year-old victim",
    # "a 16-year-old girl"), never someone else of the story ("a 45-year-old man was arrested").
    same = {noun.lemma_.lower(), "victim"}
    described = [m for m in ages if _noun_after(parsed_text(doc), m.end()) in same]
    if not described:
        return []
    return [
        PersonAttribute("age", described[0].group(1), described[0].start(1), described[0].end(1))
    ]


def _noun_after(text: str, at: int) -> str:
    """The word right after a description's "N-year-old", lowercase ("victim"), or ""."""
    word = _WORD_AFTER.match(text, at)
    return word.group(1).lower() if word else ""
