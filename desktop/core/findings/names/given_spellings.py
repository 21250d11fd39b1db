"""One person whose given name the two articles spell differently under the same surname: "The
body of Katherine Gomes, 61" / "Catherine Gomes, 61, the defendant's mother".

The same surname with a given name spelt another way is one person, not two, when the two
spellings read the same aloud ("Katherine" / "Catherine", "Jon" / "John"), when, a letter or two
apart ("Karen" / "Karin"), both articles give the person the same age or title, or when each
article names only that one person of the surname and the given names part only in their inner
vowels ("Trevion Morgan" / "Trayveon Morgan"). A given name told alone as the kin of a surname
the article gives ("Duarte's sister Marisal") is that family's member, and the same kin noun
beside both spellings ("Marisol Duarte, sister of the man" / "Duarte's sister Marisal") ties them
as an age or a title does (``naming/kin_names.py``). One
article has the name wrong, and a fact-checker must see which: a conflict of spelling, not an
agreement. Different ages say two people ("Catherine Gomes, 61" / "Katherine Gomes, 35"), and an
article that writes both names itself names two people of the family or has a typo of its own.
The rest of the family ("Gary Gomes") keeps its own verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.naming.kin_names import kin_family, kin_nouns
from desktop.core.naming.name_spellings import (
    romanised_alike,
    same_sound,
    spelt_alike,
    vowels_apart,
)
from desktop.core.naming.names import fold

Named = dict[tuple[str, str], list[Fact]]  # (surname, given name) -> the full mentions


def given_spellings(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """Each person the two articles give one surname and a given name spelt two ways."""
    mine, theirs = _full_names(left, Side.LEFT, ledger), _full_names(right, Side.RIGHT, ledger)
    texts = (fold(left.document.text), fold(right.document.text))
    raw = (left.document.text, right.document.text)
    sure = {
        (ours, yours)
        for ours in mine
        for yours in theirs
        if _one_person_spelt_apart(ours, yours, (mine[ours], theirs[yours]), texts, raw)
    }
    found = sure | {
        (ours, yours)
        for ours in mine
        for yours in theirs
        if _sole_bearers_spelt_apart(ours, yours, (mine, theirs), texts)
    }
    drafts = []
    for ours, yours in sorted(found):
        if sum(o == ours or y == yours for o, y in found) > 1:
            continue  # one spelling alike to two names: which person is which is not known
        facts, other = mine[ours], theirs[yours]
        ledger.judge("given spellings", facts, other)
        tied = (ours, yours) in sure
        reason = (
            f"Both articles name one person, but spell the given name differently: the left "
            f"spells it {_given(facts)!r} ({_shown(facts)!r}), the right {_given(other)!r} "
            f"({_shown(other)!r}); the surname agrees. "
            + ("" if tied else "Unless they are two people of one family, ")
            + ("One" if tied else "one")
            + " of them is likely wrong: check the given name's spelling with the source."
        )
        confidence = (
            tuning.GIVEN_SPELLED_APART_CONFIDENCE if tied else tuning.VOWEL_SPELLED_APART_CONFIDENCE
        )
        drafts.append(
            Draft(FindingKind.CONFLICT, MentionType.PERSON, facts, other, reason, confidence)
        )
    return drafts


def _full_names(analysis: Analysis, side: Side, ledger: Ledger) -> Named:
    """The mentions that write a given name; a bare "Gomes" the article gives one is left to
    the verdict on the family name, but a given name told alone as a named family's kin
    ("Duarte's sister Marisal") takes that family's surname."""
    out: Named = {}
    free = [f for f in ledger.free(side, analysis.facts) if f.type is MentionType.PERSON]
    for fact in free:
        if fact.last and len(fact.first) > 1 and fact.first in fold(fact.text).split():
            out.setdefault((fact.last, fact.first), []).append(fact)
    # The families the article names a person of in full, whatever verdict that person has.
    surnames = frozenset(
        f.last for f in analysis.facts if f.type is MentionType.PERSON and f.first and f.last
    )
    for fact in free:
        if fact.first or " " in fold(fact.text) or len(fact.last) <= 1:
            continue
        family = kin_family(analysis.document.text, fact.start, surnames)
        if family:
            out.setdefault((family, fact.last), []).append(fact)
    return out


def _one_person_spelt_apart(
    ours: tuple[str, str],
    yours: tuple[str, str],
    facts: tuple[list[Fact], list[Fact]],
    texts: tuple[str, str],
    raw: tuple[str, str],
) -> bool:
    (surname, a), (other_surname, b) = ours, yours
    if surname != other_surname or not spelt_alike(a, b) or romanised_alike(a, b):
        return False
    if _writes(texts[0], b) or _writes(texts[1], a):
        return False  # an article writing both names names two people, or slips itself
    ages = _ages(facts[0]), _ages(facts[1])
    if ages[0] and ages[1] and not ages[0] & ages[1]:
        return False  # "Catherine Gomes, 61" / "Katherine Gomes, 35": mother and daughter
    if same_sound(a, b):
        return True
    # Names a letter apart ("Karen" / "Karin", but also "Mark" / "Mary") are one person only
    # when the articles tie the two by what they say of them.
    titles = _titles(facts[0]), _titles(facts[1])
    kins = _kins(facts[0], raw[0]), _kins(facts[1], raw[1])
    return bool(ages[0] & ages[1]) or bool(titles[0] & titles[1]) or bool(kins[0] & kins[1])


def _sole_bearers_spelt_apart(
    ours: tuple[str, str],
    yours: tuple[str, str],
    named: tuple[Named, Named],
    texts: tuple[str, str],
) -> bool:
    """ "Trevion Morgan" / "Trayveon Morgan": each article names one person of the surname, with
    given names that part only in their inner vowels (name_spellings.vowels_apart). A story that
    names a family member once names the one it means, and the same consonants in the same order
    are one name heard and written down twice; a second bearer in either article, a given name
    written both ways by one article, or two ages leave two people."""
    (surname, a), (other_surname, b) = ours, yours
    if surname != other_surname or not vowels_apart(a, b) or romanised_alike(a, b):
        return False
    if any(sum(key[0] == surname for key in side) != 1 for side in named):
        return False  # "Dennis Carver" beside "Dalvin Carver": which one is meant is not known
    if _writes(texts[0], b) or _writes(texts[1], a):
        return False
    ages = _ages(named[0][ours]), _ages(named[1][yours])
    return not (ages[0] and ages[1] and not ages[0] & ages[1])


def _ages(facts: Sequence[Fact]) -> set[str]:
    return {f.age for f in facts if f.age}


def _titles(facts: Sequence[Fact]) -> set[str]:
    return {f.title.lower() for f in facts if f.title}


def _kins(facts: Sequence[Fact], text: str) -> set[str]:
    """The kin nouns written beside the mentions: "sister" for "Duarte's sister Marisal"."""
    return {kin for f in facts for kin in kin_nouns(text, f.start, f.end)}


def _writes(text: str, given: str) -> bool:
    return re.search(rf"\b{re.escape(given)}\b", text) is not None


def _given(facts: Sequence[Fact]) -> str:
    """The given name as the article writes it, its case kept; a given name told alone as a
    family's kin ("Duarte's sister Marisal") is the whole mention."""
    fact = facts[0]
    if not fact.first:
        return fact.text
    return next((w for w in fact.text.split() if fold(w) == fact.first), fact.first.title())


def _shown(facts: Sequence[Fact]) -> str:
    return max((f.text for f in facts), key=len)
