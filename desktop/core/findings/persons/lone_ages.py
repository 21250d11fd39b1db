"""The age of the one person each article ages: "A 45-year-old store clerk was shot and wounded"
/ "One man pulled a gun and fired at the 44-year-old clerk".

A report of a shooting with one victim ages that victim, and a second report of it ages the same
person, wherever the two sentences stand. When each article gives one age to one unnamed
person besides the suspect, by the same kind of noun ("clerk" / "clerk", "man" / "male"), and
neither counts two or more people harmed, the two ages are one person's: when they cannot both
hold (a later article may have the person a birthday older), it is a conflict. Two nouns of two
kinds ("a 67-year-old neighbor" / "a 24-year-old man", "the man" / "the woman") are two people;
a noun of no kind ("the victim, 25", "He was 25") may be anyone's. An article ageing more than
one person, a suspect or a gunman sets none of them against the other's. Ages of a person both
articles name, an age "now" and an age at a step of a life ("died at 86") are compared on the
people cards and by their own passes; an age one article gives a name it says was harmed still
meets the other's unnamed one when the other names that person without an age of their own
("Lane, 53, died at the scene" / "A 52-year-old man was shot ... identified him as Robert Lane").
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.tolls import is_age
from desktop.core.findings.persons.age_conflict import age_conflict, clashing_ages
from desktop.core.findings.persons.age_drift import facts_drift
from desktop.core.findings.persons.aged_others import ages_of_others
from desktop.core.lexicon.lone_ages import (
    DOER_NOUNS,
    HARMED_COUNT_SLOTS,
    HARMED_WORDS,
    KINDS_OF_PERSON,
    PLAIN_KINDS,
)
from desktop.core.naming.names import fold
from desktop.core.persons.age_doers import SUSPECT


def lone_ages(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    lefts, rights = _lone_ages(left), _lone_ages(right)
    pair = clashing_ages(lefts, rights)
    if pair is None:
        return []
    a, b = pair
    if not _one_kind(
        {_kind(f) for f in lefts} - {""}, {_kind(f) for f in rights} - {""}
    ) or facts_drift(a, b, (left.reference_date, right.reference_date)):
        return []
    if ages_of_others(left, a, right, b):
        return []  # "A 17-year-old man was also shot": a second victim
    if not _one_named_victim((left, lefts), (right, rights)):
        return []
    return age_conflict(
        ledger,
        "lone ages",
        (lefts, rights),
        f"Each article ages one person, the same kind of person: the left says {a.text!r}, "
        f"the right {b.text!r}.",
        tuning.LONE_AGE_CONFIDENCE,
    )


def _lone_ages(analysis: Analysis) -> list[Fact]:
    """The article's ages, when they are one age of one person who is no suspect, and the
    article counts no more than one person harmed."""
    ages = [
        f
        for f in analysis.facts
        if f.number is not None
        and is_age(f)
        and not (f.other_event or f.generic or f.part or f.said_on)  # "now 18": as of writing
        and f.life_age is None  # "died at 86", "retired at 70": the people cards' business
    ]
    if len({f.number.centre for f in ages if f.number is not None}) != 1:
        return []
    if any(_a_doer(f) for f in ages) or len({age_owner(f, analysis) for f in ages} - {""}) > 1:
        return []
    if len({_kind(f) for f in ages} - {""}) > 1 or _harms_many(analysis):
        return []
    return ages


def _one_kind(a: set[str], b: set[str]) -> bool:
    """The same kind of person, or a plain one ("a 24-year-old man") against no noun at all
    ("the victim, 25", "Smith, 25"); a role ("his 26-year-old girlfriend") only meets itself."""
    if a and b:
        return a == b
    return (a or b) <= PLAIN_KINDS


def _one_named_victim(a: tuple[Analysis, list[Fact]], b: tuple[Analysis, list[Fact]]) -> bool:
    """No name on either side, or a name on one side only ("Lane, 53, died at the scene" /
    "A 52-year-old man was shot and killed ... Police identified him as Robert Lane"): the named
    person is harmed where aged, and the other article names them too, with no age of their
    own. Two named sides are the people cards' business."""
    owners = [{age_owner(f, analysis) for f in ages} - {""} for analysis, ages in (a, b)]
    if not owners[0] and not owners[1]:
        return True
    if owners[0] and owners[1]:
        return False
    (named, ages), (other, _) = (a, b) if owners[0] else (b, a)
    key = next(iter(owners[0] or owners[1]))
    harmed = any(t.content in HARMED_WORDS for f in ages for t in named.sentence_tokens[f.sentence])
    surname = key.partition(":")[2].split("/")[0]
    return harmed and re.search(rf"\b{re.escape(surname)}\b", fold(other.document.text)) is not None


def age_owner(fact: Fact, analysis: Analysis) -> str:
    """The key of the person an age is given to: "person:lane" for "person:lane/r", or the name
    written just before it ("Ana Ruiz, 67,")."""
    if fact.owner:
        return fact.owner.split("@")[0].split("/")[0]
    text = analysis.document.text
    start = (
        analysis.sentences[fact.sentence].start if fact.sentence < len(analysis.sentences) else 0
    )
    written = _NAME_BEFORE.search(text, start, fact.start)
    return f"person:{fold(written.group(1))}" if written else ""


# A capitalised name written just before an age, its surname kept: "Ana Ruiz, 67," (the tagger may
# miss the name as a person).
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z'-]+\s+([A-Z][a-z'-]+)\s*[,(]\s*$")


def _a_doer(fact: Fact) -> bool:
    """A suspect's age, or one set beside another person ("another 20-year-old man")."""
    words = {w for w, weight in fact.slot.items() if weight >= 1.0}
    return bool(words & DOER_NOUNS) or fact.slot.get(SUSPECT, 0.0) >= 1.0


def _kind(fact: Fact) -> str:
    """What kind of person the age is given to: "clerk", "male" for a man, "" when the noun
    says nothing of the kind ("the victim", "Smith, 24")."""
    kinds = {
        KINDS_OF_PERSON.get(w, w)
        for w, weight in fact.slot.items()
        if weight >= 1.0 and w not in ("age", SUSPECT)
    }
    kinds.discard("")
    return min(kinds) if len(kinds) == 1 else ("?" if kinds else "")


def _harms_many(analysis: Analysis) -> bool:
    """The article counts two or more people killed, hurt or shot: which of them is aged is
    anyone's guess."""
    return any(
        f.number is not None
        and not is_age(f)
        and f.number.centre >= 2
        and not (f.other_event or f.generic)
        and any(f.slot.get(w, 0.0) >= 1.0 for w in HARMED_COUNT_SLOTS)
        for f in analysis.facts
    )
