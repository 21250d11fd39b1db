"""A nationality, a place or a body in a definite description of a person both articles tell.

"The Ukrainian champion dropped Thompson again in the sixth" / "a vicious assault sent Thompson
down for the second time": "the Ukrainian champion" refers back to a person the article has named
(a definite description introduces no one), and the sentence is one both articles tell. The
nationality says who that person is, as "41-year-old" or "champion" does; it is no place of the
event, and no fact the other article leaves out by calling him by his name. So it takes no yellow
mark of its own. "The 41-year-old American" is the same with the nationality as the noun itself.

An indefinite one introduces a person ("a Salem man", "an American tourist was shot"): there the
place or nationality is what the article tells of someone new, and keeps its mark; so does one in
a sentence the other article does not tell, one before a noun that is no person ("the Ukrainian
capital"), and a school before its pupil ("the Horn Lake High School student"), which tells where
the person studies.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.persons.told_designations import named_there
from desktop.core.lexicon.name_heads import SCHOOL_HEADS
from desktop.core.lexicon.people import (
    DEFINITE_DETERMINERS,
    DESCRIPTION_NOUNS,
    PLAIN_PERSON_NOUNS,
)
from desktop.core.lexicon.titles import MEMBER_NOUNS, OCCUPATION_NOUNS, PERSON_ROLE_NOUNS
from desktop.core.model import MentionType

Partners = dict[int, list[tuple[int, float]]]

# The determiner opening the description, then up to two lowercase modifiers ("the 41-year-old",
# "the reigning"), right before the fact.
_OPENING = re.compile(
    r"(?<![\w'’-])(?i:" + "|".join(sorted(DEFINITE_DETERMINERS)) + r")\s+"
    r"(?:[a-z0-9][a-z0-9-]*\s+){0,2}$"
)
# The noun the fact qualifies: the next word, or the one after a single modifier ("the Ukrainian
# heavyweight champion").
_HEAD = re.compile(r"\s+(?:([a-z][a-z-]*)\s+)?([a-z][a-z-]*)\b")

_PERSON_NOUNS = OCCUPATION_NOUNS | DESCRIPTION_NOUNS | PLAIN_PERSON_NOUNS | PERSON_ROLE_NOUNS
# The nouns each kind of fact describes a person before: a body any noun of its member ("the Navy
# man"); a place only an occupation or a role ("the Texas senator"), since before a noun of
# residence or kind ("the Chicago man") it says where the person lives, a fact of its own.
_NOUNS = {
    MentionType.ORGANISATION: MEMBER_NOUNS | _PERSON_NOUNS,
    MentionType.NATIONALITY: _PERSON_NOUNS,
    MentionType.PLACE: OCCUPATION_NOUNS | PERSON_ROLE_NOUNS,
}
_QUALIFIERS = frozenset(_NOUNS)


def describes_told_person(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    """The fact stands in a definite description of a person, in a sentence aligned with one of
    the other article's, after the article has named a person the other article names too (the
    description refers back to someone; which one, the parse does not say)."""
    if fact.type not in _QUALIFIERS or not aligned.get(fact.sentence) or _school(fact):
        return False
    text = mine.document.text
    sentence = mine.sentences[fact.sentence]
    opening = _OPENING.search(text, sentence.start, fact.start)
    if opening is None:
        return False
    if not (_qualifies_a_person(fact, text) or _is_the_person(fact, mine)):
        return False
    return any(
        p.type is MentionType.PERSON and p.start < fact.start and named_there(p, theirs)
        for p in mine.facts
    )


def _qualifies_a_person(fact: Fact, text: str) -> bool:
    head = _HEAD.match(text, fact.end)
    if head is None:
        return False
    return any(w is not None and _singular(w) in _NOUNS[fact.type] for w in head.groups())


def _is_the_person(fact: Fact, mine: Analysis) -> bool:
    """ "the 41-year-old American has not fought since": the nationality is the noun itself (no
    noun follows it)."""
    if fact.type is not MentionType.NATIONALITY:
        return False
    after = next((t for t in mine.sentence_tokens[fact.sentence] if t.start >= fact.end), None)
    return after is None or not after.noun


def _school(fact: Fact) -> bool:
    """ "the Horn Lake High School student": where the person studies, a fact of its own."""
    words = fact.text.lower().split()
    return fact.type is MentionType.ORGANISATION and bool(words) and words[-1] in SCHOOL_HEADS


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
