"""Whose value a figure, date or place is, and what it is said to do: the claim read off the parse.

"The gunman killed 3" and "3 were injured" give one figure to two deeds; "the victim was 24" and
"the suspect, 22" give two ages to two people. A value is a claim only with what it is said of: its
predicate, the verb or happening noun it hangs on through prepositions, compounds and appositions
("killed 3", "sentenced on Friday", "the 3 dead"), and that predicate's subject or undergoer
(a person's key, a pronoun or description resolved by ``naming/reference.py``, or a head noun).
For a count the subject is the noun counted ("3 people"), for an age the person it is given to.

Plain Python on the analysis's clause parse (``Analysis.clause_parse``): no second parse. What the
parse does not give stays empty, and an empty side is unknown, never a difference.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.parse_clauses import ClauseParse
from desktop.core.lexicon import SLOT_SYNONYMS
from desktop.core.lexicon.claim_frames import (
    ACCUSED_NOUNS,
    EVENT_NOUN_ENDINGS,
    EVENT_NOUNS,
    LIGHT_PREDICATES,
    MEASURE_VERBS,
    NOT_EVENT_NOUNS,
    PREDICATE_DEEDS,
    VICTIM_NOUNS,
)
from desktop.core.lexicon.deeds import DEED_SYNONYMS, RETOLD_DEEDS
from desktop.core.model import MentionType
from desktop.core.naming.reference import person_tokens

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "nsubjpass"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# Who a value may be said of by name: a person, or a body ("Time Warner released the film").
_NAMED = frozenset({MentionType.PERSON, MentionType.ORGANISATION})
_VERBS = frozenset({"VERB", "AUX"})
# A value's words reach their predicate in a few steps ("on Friday" -> "sentenced", "3 people"
# -> "killed"); a longer walk leaves the value's own phrase.
_MAX_STEPS = 6
# Labels a walk up the parse stops at: above them stands another statement.
_CLAUSE_LABELS = frozenset({"advcl", "ccomp", "relcl", "parataxis", "xcomp", "acl"})


@dataclass(frozen=True, slots=True)
class ClaimFrame:
    """What one value is claimed of: ``predicate`` (the lemma it hangs on, "" when none or a
    light verb), ``deed`` (the predicate folded to the deed it tells: "death" for "die", "kill",
    "dead"), and ``subject`` (whose value it is: a person's key, or a head noun's lemma)."""

    predicate: str = ""
    deed: str = ""
    subject: str = ""


EMPTY = ClaimFrame()


def deed_of(lemma: str) -> str:
    """The deed a predicate's lemma tells: "death" for "killed" and "died" alike."""
    lemma = lemma.lower()
    return (
        PREDICATE_DEEDS.get(lemma)
        or SLOT_SYNONYMS.get(lemma)
        or RETOLD_DEEDS.get(lemma)
        or DEED_SYNONYMS.get(lemma)
        or lemma
    )


def claim_frame(analysis: Analysis, start: int, end: int) -> ClaimFrame:
    """The claim the value written from ``start`` to ``end`` makes."""
    parse = analysis.clause_parse
    if parse is None:
        return EMPTY
    head = parse.head_of(start, end)
    if head is None:
        return EMPTY
    people = _people(analysis)
    age = _age_owner(analysis, start, end)
    holder, predicate = _walk(parse, head)
    lemma = parse.lemmas[predicate].lower() if predicate is not None else ""
    subject = age or (_name(parse, people, holder) if holder is not None else "")
    if not subject and predicate is not None:
        subject = _predicate_subject(parse, people, predicate, head)
    if not lemma or lemma in LIGHT_PREDICATES:
        return ClaimFrame("", "", subject)
    if predicate is not None and lemma in MEASURE_VERBS:
        # "the toll rose to 10": a measure of the subject, whose deed it is ("toll": deaths)
        measured = _predicate_subject(parse, people, predicate, head)
        folded = SLOT_SYNONYMS.get(measured, "")
        return ClaimFrame(lemma if folded else "", folded, subject)
    return ClaimFrame(lemma, deed_of(lemma), subject)


def different_subjects(a: ClaimFrame, b: ClaimFrame) -> bool:
    """Two subjects plainly not one: two people or bodies named, or the two sides of a crime.
    Two nouns may name one person ("the gunman" / "the suspect"), so they differ only across
    sides; a description and a name ("the woman" / "Ayanna Northern") are not compared."""
    if not a.subject or not b.subject or a.subject == b.subject:
        return False
    if _is_named(a.subject) and _is_named(b.subject):
        return True
    sides = (_side(a.subject), _side(b.subject))
    return "" not in sides and sides[0] != sides[1]


def different_deeds(a: ClaimFrame, b: ClaimFrame) -> bool:
    """Two predicates of two deeds, both read: "charged" / "sentenced", "killed" / "injured"."""
    return bool(a.deed and b.deed and a.deed != b.deed)


def _is_named(subject: str) -> bool:
    return subject.startswith(("person:", "org:"))


def _side(subject: str) -> str:
    if subject in VICTIM_NOUNS:
        return "victim"
    if subject in ACCUSED_NOUNS:
        return "accused"
    return ""


def _walk(parse: ClauseParse, head: int) -> tuple[int | None, int | None]:
    """From the value's head up the parse: the first noun it is said of (the holder), and the
    verb or happening word it hangs on (the predicate)."""
    holder: int | None = None
    current = head
    for _ in range(_MAX_STEPS):
        if parse.labels[current] in _CLAUSE_LABELS or parse.heads[current] == current:
            break
        if parse.labels[current] == "appos":
            # "Klitschko (52-3, 46 KOs) won": a value set beside a name describes the name, not
            # what the clause tells of it
            return (holder if holder is not None else parse.heads[current]), None
        current = parse.heads[current]
        tag, lemma = parse.tags[current], parse.lemmas[current].lower()
        if tag in _VERBS:
            return holder, current
        if _happening(tag, lemma):
            return holder, current
        if tag in _NOUNS and holder is None:
            holder = current
    if parse.tags[current] in _VERBS and current != head:
        return holder, current
    return holder, None


def _happening(tag: str, lemma: str) -> bool:
    """A noun or adjective naming a happening: "the 3 dead", "sentencing on Friday"."""
    if tag not in {"NOUN", "ADJ"}:
        return False
    if lemma in EVENT_NOUNS or SLOT_SYNONYMS.get(lemma) in {"death", "injury"}:
        return True
    return tag == "NOUN" and lemma.endswith(EVENT_NOUN_ENDINGS) and lemma not in NOT_EVENT_NOUNS


def _predicate_subject(parse: ClauseParse, people: dict[int, str], verb: int, value: int) -> str:
    """The predicate's subject, or for a value that is itself the subject, its undergoer."""
    first, last = _sentence_of(parse, verb)
    children = [c for c in range(first, last) if parse.heads[c] == verb and c != verb]
    covered = _phrase(parse, value, first, last)
    for labels in (_SUBJECTS, _OBJECTS):
        for c in children:
            if parse.labels[c] in labels and c not in covered:
                return _name(parse, people, c)
    return ""


def _phrase(parse: ClauseParse, token: int, first: int, last: int) -> set[int]:
    """The token's own phrase: it and every word below it up to its clause's head."""
    top = token
    while parse.heads[top] != top and parse.tags[parse.heads[top]] not in _VERBS:
        top = parse.heads[top]
    below = {top}
    for c in range(first, last):
        k = c
        for _ in range(_MAX_STEPS * 2):
            if k in below:
                below.add(c)
                break
            if parse.heads[k] == k:
                break
            k = parse.heads[k]
    return below


def _sentence_of(parse: ClauseParse, token: int) -> tuple[int, int]:
    for first, last in parse.bounds:
        if first <= token < last:
            return first, last
    return token, token + 1


def _name(parse: ClauseParse, people: dict[int, str], token: int) -> str:
    """Who or what a token names: a person's key, else its lemma; "" for an unresolved pronoun."""
    if token in people:
        return people[token]
    if parse.tags[token] == "PRON":
        return ""
    return parse.lemmas[token].lower()


def _people(analysis: Analysis) -> dict[int, str]:
    """Parse token -> a named subject's key: every word of a person's or a body's name, and
    every resolved pronoun or description."""

    def build(analysis: Analysis) -> dict[int, str]:
        parse = analysis.clause_parse
        found = dict(person_tokens(analysis))
        if parse is None:
            return found
        for fact in analysis.facts:
            if fact.type in _NAMED and fact.key and not fact.weak:
                first = bisect_left(parse.starts, fact.start)
                last = bisect_left(parse.starts, fact.end)
                for t in range(first, last):
                    found.setdefault(t, fact.key)
        return found

    return analysis.derived("claim_frame_people", build)


def _age_owner(analysis: Analysis, start: int, end: int) -> str:
    """The person an age is given to, when extraction tied it to one ("Petrov, 47")."""
    for fact in analysis.facts:
        if fact.start < end and start < fact.end and fact.owner:
            # "person:smith/j": the owner's key carries a first initial the name's key lacks
            return fact.owner.split("/")[0]
    return ""
