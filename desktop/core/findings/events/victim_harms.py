"""What befell one victim, compared: where each article says they were hit, and how badly they
are hurt. "One bullet struck her in the mouth" / "Ann Lee was shot in the back" is a conflict;
"shot in the face" / "shot in the mouth" and "in critical condition" / "life-threatening
injuries" agree, at the precision both give.

A harm is compared only with the same person's (``victim_harms`` reads whose it is): the same
name on both sides, or the same age, or, when each article tells the wound (or the grade) of one
victim alone, that victim. Agreement asks less: two harms that no name, age or sex tells apart
and that say the same thing are told of one person. A contradiction is weighed on all an article
says of the person (two sentences may give two wounds of one body), and never for a lone harm
in a story of several victims, whose is whose being anyone's guess.

A grade may change between two articles: "critical" on the night, "stable" the next day. When an
article says so ("was upgraded", "later died") nothing contradicts; when the articles' dates
differ, or one dates its grade to the writing ("remains", "now"), the conflict is shown with
less weight and says it may be a later update.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from desktop.core.events.victim_harms import Harm, victim_harms
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.text_search import WORD_BOUNDARY, search_after
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.persons.whom_told import other_incident_sentences
from desktop.core.lexicon.conditions import CRITICAL, DEAD, GRADE_NAMES, SERIOUS, STABLE
from desktop.core.lexicon.wounds import NEIGHBOURING_PARTS
from desktop.core.model import FindingKind, MentionType

_BY = "victim harms"
# Ties between two harms, from the surest: one name, one age, the one victim each article tells
# of, or nothing that tells them apart.
_NAME, _AGE, _SOLE, _LOOSE = "name", "age", "sole", "loose"


def victim_harm_findings(
    left: Analysis, right: Analysis, links: Mapping[str, str], ledger: Ledger
) -> list[Draft]:
    drafts: list[Draft] = []
    lefts = _named_elsewhere(_this_incident(left), right)
    rights = _named_elsewhere(_this_incident(right), left)
    dated_apart = (
        left.reference_date is not None
        and right.reference_date is not None
        and left.reference_date != right.reference_date
    )
    for parts in (True, False):
        mine = [h for h in lefts if bool(h.parts) == parts]
        theirs = [h for h in rights if bool(h.parts) == parts]
        # The one who fired, and an officer who answered the call, are hurt too, but never one of
        # the victims whose harms are weighed.
        victims = (
            [h for h in mine if not h.doer and not h.responder],
            [h for h in theirs if not h.doer and not h.responder],
        )
        # "One was shot in the back" tells one of several, whatever else the article grades; and
        # an article that tells the gunman hit ("was fatally shot by a police officer") tells two
        # people harmed, so a harm it says of no one in particular may be his.
        several = (
            any(h.one_of or h.doer for h in lefts),
            any(h.one_of or h.doer for h in rights),
        )
        sole = (
            not several[0] and _one_victim(victims[0]),
            not several[1] and _one_victim(victims[1]),
        )
        drafts += _conflicts(*victims, links, sole, ledger, dated_apart)
        drafts += _agreements(mine, theirs, links, sole, ledger)
    return drafts


def _this_incident(analysis: Analysis) -> list[Harm]:
    """The harms but those a sentence about another shooting tells ("In a separate shooting, a
    man was shot in the leg. He is in critical condition.")."""
    elsewhere = other_incident_sentences(analysis)
    return [h for h in victim_harms(analysis) if h.sentence not in elsewhere]


def _named_elsewhere(harms: list[Harm], other: Analysis) -> list[Harm]:
    """The harms, each marked when it names a victim the other article never names: that
    article's one victim may then be another person ("Smith was shot in the leg" / "Major was
    shot in the chest")."""
    text = other.document.text.lower()
    return [
        replace(h, unnamed_there=True)
        if h.name
        and search_after(WORD_BOUNDARY, re.compile(rf"{re.escape(h.name)}\b"), text) is None
        else h
        for h in harms
    ]


def _tie(a: Harm, b: Harm, links: Mapping[str, str], sole: tuple[bool, bool]) -> str | None:
    """How the two harms are tied to one person; None when they are two people's."""
    if (a.sex and b.sex and a.sex != b.sex) or a.responder != b.responder:
        return None
    if a.name and b.name:
        same = a.name == b.name or (bool(a.name_key) and links.get(a.name_key) == b.name_key)
        return _NAME if same else None
    if a.age is not None and b.age is not None:
        return _AGE if a.age == b.age else None
    if a.doer or b.doer or a.unnamed_there or b.unnamed_there:
        return _LOOSE
    return _SOLE if all(sole) else _LOOSE


def _one_victim(harms: list[Harm]) -> bool:
    """Every harm of this kind the article tells may be one person's: no two names, ages or
    sexes, and no two places or grades that share nothing (two victims, or a grade that
    changed)."""
    names = {h.name for h in harms if h.name}
    ages = {h.age for h in harms if h.age is not None}
    sexes = {h.sex for h in harms if h.sex}
    if not harms or len(names) > 1 or len(ages) > 1 or len(sexes) > 1:
        return False
    return all(_same(a, b) for a in harms for b in harms)


def _person(harm: Harm, harms: list[Harm], tie: str) -> list[Harm]:
    """All the article says of the harm's person: the harms of its name or age, or all of them
    when the article tells of one victim."""
    if tie == _SOLE:
        return harms
    if tie == _NAME:
        return [h for h in harms if h.name == harm.name]
    return [h for h in harms if h.age == harm.age]


def _conflicts(
    mine: list[Harm],
    theirs: list[Harm],
    links: Mapping[str, str],
    sole: tuple[bool, bool],
    ledger: Ledger,
    dated_apart: bool,
) -> list[Draft]:
    drafts: list[Draft] = []
    for a in mine:
        for b in theirs:
            tie = _tie(a, b, links, sole)
            if tie is None or tie == _LOOSE:
                continue
            ours, others = _person(a, mine, tie), _person(b, theirs, tie)
            if _told_of_another(a, theirs, others, links) or _told_of_another(b, mine, ours, links):
                continue
            clash = _clash(ours, others, named=any(h.name for h in [*ours, *others]))
            if tie == _SOLE and _foreseen(ours, others):
                continue  # "A man was killed ... The other man is expected to survive": two men
            if clash is None or not ledger.take(_BY, a.words, b.words):
                continue
            confidence = (
                tuning.VICTIM_HARM_SOLE_CONFIDENCE
                if tie == _SOLE
                else tuning.VICTIM_HARM_CONFLICT_CONFIDENCE
            )
            reason = (
                f"{_whom(a, b, tie)} {clash}: the left says {a.words.text!r}, "
                f"the right {b.words.text!r}."
            )
            if not a.parts and (
                dated_apart or any(h.now for h in [*ours, *others]) or _foreseen(ours, others)
            ):
                confidence *= tuning.VICTIM_HARM_UPDATE_DAMPING
                reason += " It may be a later update: the condition may have changed between them."
            drafts.append(
                Draft(
                    FindingKind.CONFLICT,
                    MentionType.OTHER,
                    [a.words],
                    [b.words],
                    reason,
                    round(confidence, 3),
                )
            )
    return drafts


def _told_of_another(
    harm: Harm, harms: list[Harm], person: list[Harm], links: Mapping[str, str]
) -> bool:
    """The other article tells this very harm of someone else it may be: what befell a victim
    picks them out better than an age two articles may give differently ("a 24-year-old shot in
    the chest" / "Ann Lee, 22, shot in the chest" and "Bo Ray, 24, shot in the back")."""
    return any(
        _same(harm, h) and _tie(harm, h, links, (False, False)) is not None
        for h in harms
        if h not in person
    )


def _whom(a: Harm, b: Harm, tie: str) -> str:
    if tie == _NAME:
        return (a.name or b.name).title()
    if tie == _AGE:
        return f"The {a.age}-year-old"
    return "The one victim each article tells this of"


def _clash(ours: list[Harm], others: list[Harm], named: bool) -> str | None:
    """How all one article says of a person cannot stand with all the other says; None when it
    can. A named victim dead in one article and alive in the other is the people cards' conflict
    (``people_report``), told there once."""
    parts_a = frozenset().union(*(h.parts for h in ours))
    parts_b = frozenset().union(*(h.parts for h in others))
    if parts_a and parts_b:
        if parts_a & parts_b or _neighbours(parts_a, parts_b):
            return None
        if not any(h.once for h in [*ours, *others]):
            return None  # hit more than once, perhaps: each article may name one of the wounds
        return "was hit once, but in two different places"
    if any(h.changed for h in [*ours, *others]):
        return None  # "was upgraded to stable condition": the article tells the change
    grades_a = _final(g for h in ours for g in h.grades)
    grades_b = _final(g for h in others for g in h.grades)
    if not grades_a or not grades_b or not _grades_clash(grades_a, grades_b):
        return None
    if named and (DEAD in grades_a) != (DEAD in grades_b):
        return None
    return (
        f"is given two conditions that cannot both hold ({_names(grades_a)} / {_names(grades_b)})"
    )


def _foreseen(ours: list[Harm], others: list[Harm]) -> bool:
    """One article has the person dead, the other foresees them living ("expected to survive"):
    a forecast a later death may belie, so the two may be true at different times."""
    grades = [_final(g for h in side for g in h.grades) for side in (ours, others)]
    return any(DEAD in g for g in grades) and any(SERIOUS in g for g in grades)


def _final(grades: Iterable[int]) -> frozenset[int]:
    """A harm that ended in death is a death, whatever grade it had first."""
    found = frozenset(grades)
    return frozenset([DEAD]) if DEAD in found else found


def _grades_clash(a: frozenset[int], b: frozenset[int]) -> bool:
    if (DEAD in a) != (DEAD in b):
        # A victim in danger may die by the next report; one in no danger ("treated and
        # released", "stable", "expected to survive") is not dead.
        alive = b if DEAD in a else a
        return STABLE in alive and CRITICAL not in alive
    gap = max(min(a) - max(b), min(b) - max(a))
    return gap >= tuning.VICTIM_GRADE_GAP


def _names(grades: frozenset[int]) -> str:
    return " to ".join(GRADE_NAMES[g] for g in sorted(grades))


def _neighbours(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(frozenset([x, y]) in NEIGHBOURING_PARTS for x in a for y in b)


def _agreements(
    mine: list[Harm],
    theirs: list[Harm],
    links: Mapping[str, str],
    sole: tuple[bool, bool],
    ledger: Ledger,
) -> list[Draft]:
    drafts: list[Draft] = []
    strength = {_NAME: 0, _AGE: 1, _SOLE: 2, _LOOSE: 3}
    candidates = []
    for a in mine:
        for b in theirs:
            tie = _tie(a, b, links, sole)
            if tie is not None and _same(a, b):
                candidates.append(
                    (strength[tie], -_shared_words(a, b), a.sentence, b.sentence, a, b)
                )
    # The surest tie first; among equals, the harms told in the most words alike ("shot in both
    # legs" / "in both legs" before "in the left ankle").
    for *_, a, b in sorted(candidates, key=lambda c: c[:4]):
        if not ledger.take(_BY, a.words, b.words):
            continue
        what = (
            "where the victim was hit"
            if a.parts
            else "that the person died"
            if _final(a.grades) == {DEAD}
            else "how badly the victim is hurt"
        )
        drafts.append(
            Draft(
                FindingKind.AGREE,
                MentionType.OTHER,
                [a.words],
                [b.words],
                f"Both articles tell {what}: {a.words.text!r} / {b.words.text!r}.",
                tuning.VICTIM_HARM_AGREE_CONFIDENCE,
            )
        )
    return drafts


def _shared_words(a: Harm, b: Harm) -> int:
    return len(set(a.words.text.lower().split()) & set(b.words.text.lower().split()))


def _same(a: Harm, b: Harm) -> bool:
    """The two harms say the same at the precision both give: one place of the body in common,
    or one grade."""
    if a.parts or b.parts:
        return bool(a.parts & b.parts)
    return bool(_final(a.grades) & _final(b.grades))
