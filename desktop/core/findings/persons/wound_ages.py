"""The age of the one person each article says was hit in the same place, with the same end:
"A 24-year-old woman was pronounced dead after being shot in her chest" / "Ana Ruiz, 22, was
shot in the chest and was pronounced dead".

A story of several victims ages each of them, and which age of one article is which of the other
is anyone's guess; but what befell a person picks them out. When each article ages one person
alone in a sentence that says where that person was hit (the chest, the head) and whether they
died, and no other person the article ages was hit there with that end, the two ages are one
person's: when they cannot both hold, it is a conflict. A sentence ageing two people ("Two men,
25 and 30, were shot in their heads"), two people each article names ("Smith, 31" / "Jones,
27"), an age of the one who fired, and a part of the body two people of one article share say
nothing of whose age is whose, nor does a sentence dated to an earlier year, which tells a
shooting of the story's past.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import claimable
from desktop.core.findings.bookkeeping.figures import Relation, number_relation
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.tolls import is_age
from desktop.core.findings.persons.age_conflict import age_conflict
from desktop.core.findings.persons.age_drift import facts_drift
from desktop.core.findings.persons.compared_ages import compared_ages
from desktop.core.findings.persons.lone_ages import age_owner
from desktop.core.lexicon.lone_ages import DOER_NOUNS
from desktop.core.lexicon.wounds import (
    BODY_PARTS,
    DEATH_WORDS,
    PART_FACES,
    PART_QUALIFIERS,
    WOUND_WORDS,
)
from desktop.core.model import Side
from desktop.core.persons.age_doers import SUSPECT

Wound = tuple[str, bool]  # (part of the body, died of it)

# How far after a wound word its place may be told: "shot three times in the chest".
_REACH = 5


def wound_ages(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    lefts, rights = _aged_wounds(left, ledger, Side.LEFT), _aged_wounds(right, ledger, Side.RIGHT)
    drafts: list[Draft] = []
    refs = (left.reference_date, right.reference_date)
    for wound, mine in lefts.items():
        theirs = rights.get(wound)
        if theirs is None:
            continue
        a, b = mine[0], theirs[0]
        if _named(mine, left) and _named(theirs, right):
            continue  # "Smith, 31" / "Jones, 27": two names, two people; one name is the cards'
        if a.number is None or b.number is None:
            continue
        if number_relation(a.number, b.number) is not Relation.CLASH or facts_drift(a, b, refs):
            continue
        part, died = wound
        drafts += age_conflict(
            ledger,
            "wound ages",
            (mine, theirs),
            f"Each article ages the one person it says was hit in the {part}"
            f"{' and died' if died else ''}: the left says {a.text!r}, the right {b.text!r}.",
            tuning.WOUND_AGE_CONFIDENCE,
        )
    return drafts


def _aged_wounds(analysis: Analysis, ledger: Ledger, side: Side) -> dict[Wound, list[Fact]]:
    """Each wound the article tells of one aged person only, with that person's age facts."""
    by_wound: dict[Wound, list[Fact]] = {}
    shared: set[Wound] = set()
    ages = [f for f in ledger.free(side, claimable(analysis)) if _a_victims_age(f)]
    # "The younger man was shot in the back": the age is the sentence before's.
    compared = {
        s: picked
        for s in range(1, len(analysis.sentence_tokens))
        if (picked := compared_ages(analysis, s, _a_victims_age))
    }
    for sentence in sorted({f.sentence for f in ages} | set(compared)):
        own = compared.get(sentence) or [
            f for f in analysis.facts if f.sentence == sentence and is_age(f)
        ]
        values = {f.number.centre for f in own if f.number is not None}
        wound = _wound(analysis, sentence)
        if wound is None or _another_happening(analysis, sentence):
            continue
        if len(values) != 1 or any(_a_doer(f) for f in own):
            shared.add(wound)  # two people aged, or the one who fired: the wound is no one's
            continue
        told = by_wound.setdefault(wound, [])
        if told and told[0].number is not None and told[0].number.centre not in values:
            shared.add(wound)
        told += [f for f in ages if f.sentence == sentence or f in compared.get(sentence, ())]
    return {w: facts for w, facts in by_wound.items() if w not in shared and facts}


def _named(ages: list[Fact], analysis: Analysis) -> bool:
    return any(age_owner(f, analysis) for f in ages)


def _another_happening(analysis: Analysis, sentence: int) -> bool:
    """The sentence tells a shooting of the story's past ("In March 2019, a man was shot in the
    chest"): it is dated to a year before its page's, or a figure of it is tied to another event."""
    ref = analysis.reference_date
    for fact in analysis.facts:
        if fact.sentence != sentence:
            continue
        if fact.other_event:
            return True
        year = fact.date.year if fact.date is not None else None
        if ref is not None and year is not None and year < ref.year:
            return True
    return False


def _a_victims_age(fact: Fact) -> bool:
    return (
        fact.number is not None
        and fact.number.exact
        and is_age(fact)
        and not (fact.other_event or fact.generic or fact.part or fact.said_on)
        and fact.life_age is None
        and not _a_doer(fact)
    )


def _a_doer(fact: Fact) -> bool:
    words = {w for w, weight in fact.slot.items() if weight >= 1.0}
    return bool(words & DOER_NOUNS) or fact.slot.get(SUSPECT, 0.0) >= 1.0


def _wound(analysis: Analysis, sentence: int) -> Wound | None:
    """Where the sentence says one person was hit ("shot in the chest", "a wound to her head")
    and whether it says they died; None when it names no place, or two, or hits several people
    ("shot in their heads")."""
    words = [t.lower for t in analysis.sentence_tokens[sentence]]
    parts: set[str] = set()
    for i, word in enumerate(words):
        if word not in WOUND_WORDS:
            continue
        for j in range(i + 1, min(i + 1 + _REACH, len(words) - 2)):
            if words[j] not in ("in", "to"):
                continue
            owner, k = words[j + 1], j + 2
            if owner == "their":
                return None
            if owner not in ("the", "his", "her"):
                continue
            while k < len(words) and words[k] in PART_QUALIFIERS:
                k += 1
            if _face_of(words, k):
                k += 3  # "the back of the head": the head
            if k < len(words) and words[k] in BODY_PARTS:
                parts.add(BODY_PARTS[words[k]])
            break
    if len(parts) != 1:
        return None
    return next(iter(parts)), any(w in DEATH_WORDS for w in words) or _pronounced_dead(words)


def _pronounced_dead(words: list[str]) -> bool:
    return "pronounced" in words and "dead" in words


def _face_of(words: list[str], k: int) -> bool:
    """ "back of the head", "side of his neck": a face of the part named three words on."""
    return (
        k + 3 < len(words)
        and words[k] in PART_FACES
        and words[k + 1] == "of"
        and words[k + 2] in ("the", "his", "her")
        and words[k + 3] in BODY_PARTS
    )
