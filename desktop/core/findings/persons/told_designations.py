"""A place or a body written before a person's office and name: part of who the person is.

"Los Angeles general manager Tony Reagins" / "general manager Tony Reagins", "Texas Gov. Rick Perry"
/ "Gov. Rick Perry": the place names the team, state or body whose office the person holds. It
designates the person; it is no fact of the story of its own. So does a place before an occupation
("Hollywood marketing executive Cheryl Boone Isaacs") and a body before any noun of its member
("Navy man Billy Neal"). When the other article names that person too, the person is told there, and
a yellow mark on the place would say the other article leaves out something it tells by naming him.
A place before a noun of residence or kind ("a Texas man", "Chicago teen John Doe") says where the
person lives: that is a fact, and keeps its mark.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import NO_WORD_BEFORE, search_after
from desktop.core.lexicon.titles import (
    MEMBER_NOUNS,
    OCCUPATION_NOUNS,
    OFFICE_WORDS,
    PERSON_ROLE_NOUNS,
)
from desktop.core.model import MentionType

_QUALIFIERS = frozenset({MentionType.PLACE, MentionType.ORGANISATION, MentionType.NATIONALITY})
# The words between the place and the name: an office of one to three words ("general manager",
# "Gov.", "police chief"), after the body's possessive if any ("Sheriff's Deputy Sgt. Hoyt
# Teasley"), nothing else (no comma: "Texas, Gov. Perry said" is two things).
_OFFICE = re.compile(r"(?:['’]s?)?\s+((?:[A-Za-z]+\.?\s+){1,3})")
# ... or an apposition to the name that opens with the place: "Sgt. Hoyt Teasley, a Fulton County
# sheriff's deputy", "Jane Roe, the Chicago police spokeswoman". The office ends the apposition.
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+")
_OFFICE_AFTER = re.compile(r"((?:\s+[A-Za-z]+(?:['’]s)?){1,3})(?=\s*(?:[,.;:!?)]|$|\s+who\b))")


def designates_told_person(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The fact stands right before an office and the name of a person the other article names
    (by the surname, written as a name there), or opens an office in an apposition to that name
    ("Sgt. Hoyt Teasley, a Fulton County sheriff's deputy")."""
    person = designated_person(fact, mine)
    return person is not None and named_there(person, theirs)


def designated_person(fact: Fact, mine: Analysis) -> Fact | None:
    """The person whose office the fact names: the name right after the fact and an office
    ("Los Angeles general manager Tony Reagins"), or the name an apposition opening with the
    fact and ending in an office follows; None when the fact designates no one."""
    if fact.type not in _QUALIFIERS:
        return None
    text = mine.document.text
    person = _next_person(fact, mine)
    if person is not None:
        office = _OFFICE.fullmatch(text[fact.end : person.start])
        if office is not None and (_offices(office.group(1)) or _occupation(fact, office.group(1))):
            return person
    person = _previous_person(fact, mine)
    if person is None or _APPOSITION.fullmatch(text[person.end : fact.start]) is None:
        return None
    office = _OFFICE_AFTER.match(text, fact.end)
    return person if office is not None and _offices(office.group(1)) else None


def _offices(words: str) -> bool:
    return all(w.lower().rstrip(".") in OFFICE_WORDS for w in re.sub(r"['’]s\b", "", words).split())


def _occupation(fact: Fact, words: str) -> bool:
    """ "Hollywood marketing executive", "Navy man": lowercase words ending in an occupation after
    a place or a nationality, or in any noun of a person after a body (its member)."""
    written = words.split()
    if any(not w.islower() for w in written[:-1]):
        return False  # "Texas Rangers pitcher": a name of its own stands between
    nouns = _MEMBERS if fact.type is MentionType.ORGANISATION else _OCCUPATIONS
    return written[-1].lower().rstrip(".") in nouns


# A role the person plays in the story's field is as much who the person is ("WBA champion
# Wladimir Klitschko", "Pinup icon Bettie Page").
_OCCUPATIONS = OCCUPATION_NOUNS | PERSON_ROLE_NOUNS
_MEMBERS = MEMBER_NOUNS | PERSON_ROLE_NOUNS


def named_there(person: Fact, theirs: Analysis) -> bool:
    if not person.last:
        return False
    surname = person.text.split()[-1]
    pattern = compiled(re.escape(surname) + r"(?!\w)")
    return search_after(NO_WORD_BEFORE, pattern, theirs.document.text) is not None


def _previous_person(fact: Fact, mine: Analysis) -> Fact | None:
    """The last person named before the fact."""
    people, starts = mine.derived("told_designations.people", _people)
    k = bisect_left(starts, fact.start)
    return people[k - 1] if k > 0 else None


def _next_person(fact: Fact, mine: Analysis) -> Fact | None:
    """The first person named after the fact (the office between them, checked by the caller,
    holds no full stop that ends a sentence: a splitter may still cut "Oregon Gov." apart)."""
    people, starts = mine.derived("told_designations.people", _people)
    k = bisect_left(starts, fact.end)
    return people[k] if k < len(people) else None


def _people(analysis: Analysis) -> tuple[list[Fact], list[int]]:
    """The article's people in reading order, and where each starts (read once per article)."""
    people = sorted(
        (f for f in analysis.facts if f.type is MentionType.PERSON), key=lambda f: f.start
    )
    return people, [p.start for p in people]
