"""Where each article says one victim died: at the scene, on the way, or later at a hospital.
"Hayes died at the scene" / "Hayes was taken to Mercy Hospital, where he died" is a conflict;
"died at the scene" / "was pronounced dead on arrival" agree (dead before the hospital), and so
do two wordings of one place. "Died on the way to the hospital" is a third place: it clashes with
a death at the scene and with one at the hospital, and agrees with "dead on arrival", which says
only that the victim was dead before the hospital. "Declared dead on arrival" / "pronounced dead
at Mercy Hospital" tell one declaration, made at the hospital the victim reached dead.

First reports of a shooting often change on this point: a victim found dying at the scene may be
pronounced dead at a hospital, so the conflict says both accounts may stand as the news came in.
A place is compared only with the same person's: one name (or linked names), one age, and never
two sexes, nor a victim against the one who fired or an officer; a death told of no one in
particular only when each article tells of one death place for one person. A sentence about
another incident ("In a separate shooting ...") tells nothing of this one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import FactId, fact_id
from desktop.core.findings.persons.whom_told import (
    Whom,
    alone,
    other_incident_sentences,
    same_person,
    whom,
)
from desktop.core.lexicon.death_places import (
    ARRIVAL_PATTERNS,
    DECLARED_DEAD,
    HOSPITAL_PATTERNS,
    ON_THE_WAY_PATTERNS,
    SCENE_PATTERNS,
)
from desktop.core.model import FindingKind, MentionType, Side

_SCENE, _WAY, _ARRIVAL, _HOSPITAL = "scene", "way", "arrival", "hospital"
# The places before the hospital: "dead on arrival" is one of them, which it does not say, so it
# agrees with the scene and with the way there; the scene and the way are two places.
_BEFORE_HOSPITAL = frozenset([_SCENE, _WAY, _ARRIVAL])
# A word every death-place pattern holds (lexicon/death_places.py): a sentence without any of
# them tells no death place, and is not searched with each pattern.
_DEATH_CUES = ("dead", "died", "killed", "succumbed")
_PLACE_WORDS = {
    _SCENE: "at the scene",
    _WAY: "on the way to a hospital",
    _ARRIVAL: "at the scene",
    _HOSPITAL: "at a hospital",
}
_PATTERNS = (
    [(_SCENE, re.compile(p)) for p in SCENE_PATTERNS]
    + [(_ARRIVAL, re.compile(p)) for p in ARRIVAL_PATTERNS]
    + [(_WAY, re.compile(p)) for p in ON_THE_WAY_PATTERNS]
    + [(_HOSPITAL, re.compile(p)) for p in HOSPITAL_PATTERNS]
)


@dataclass(frozen=True, slots=True)
class DeathPlace:
    """One death and where a sentence says it came, with whom it is told of."""

    words: Fact  # a stand-in fact over the words that tell it
    place: str  # "scene" or "hospital"
    whom: Whom


def death_place_conflicts(left: Analysis, right: Analysis, links: Mapping[str, str]) -> list[Draft]:
    mine, theirs = death_places(left), death_places(right)
    drafts: list[Draft] = []
    held: dict[FactId, int] = {}  # either side's reading -> its draft: one finding a person
    for a in mine:
        for b in theirs:
            if _one_place(a, b) or _both_told(a, mine, links) or _both_told(b, theirs, links):
                continue
            if _declared_on_arrival(a, b) or _declared_on_arrival(b, a):
                continue
            sole = (alone(a.whom, [d.whom for d in mine]), alone(b.whom, [d.whom for d in theirs]))
            if not same_person(a.whom, b.whom, links, sole):
                continue
            ours, other = fact_id(Side.LEFT, a.words), fact_id(Side.RIGHT, b.words)
            at = held[ours] if ours in held else held.get(other)
            if at is None:
                at = len(drafts)
                drafts.append(_conflict(a, b))
            draft = drafts[at]
            if a.words not in draft.left:
                draft.left.append(a.words)
            if b.words not in draft.right:
                draft.right.append(b.words)
            held[ours] = held[other] = at
    return [drafts[at] for at in dict.fromkeys(held.values())]


def _one_place(a: DeathPlace, b: DeathPlace) -> bool:
    """Two readings that can be one death: the same place, or "dead on arrival" and another
    place before the hospital."""
    places = {a.place, b.place}
    return len(places) == 1 or (_ARRIVAL in places and places <= _BEFORE_HOSPITAL)


def _declared_on_arrival(arrival: DeathPlace, hospital: DeathPlace) -> bool:
    """ "was declared dead on arrival" / "was pronounced dead at Kings County Hospital": a victim
    who reached the hospital dead is declared dead there, so the two tell one declaration."""
    return (
        arrival.place == _ARRIVAL
        and hospital.place == _HOSPITAL
        and re.search(DECLARED_DEAD, hospital.words.text.lower()) is not None
    )


def _both_told(death: DeathPlace, deaths: list[DeathPlace], links: Mapping[str, str]) -> bool:
    """The article tells this person's death in both places ("was pronounced dead at the scene"
    ... "was taken to a hospital, where he died"): a sequence or a doubt, set against nothing."""
    return any(
        not _one_place(d, death) and same_person(d.whom, death.whom, links, (False, False))
        for d in deaths
    )


def death_places(analysis: Analysis) -> list[DeathPlace]:
    """Every death whose place a sentence tells, outside sentences about another incident."""
    text = analysis.document.text
    found: list[DeathPlace] = []
    elsewhere = other_incident_sentences(analysis)
    for index, sentence in enumerate(analysis.sentences):
        said = text[sentence.start : sentence.end]
        lowered = said.lower()
        if index in elsewhere or not any(cue in lowered for cue in _DEATH_CUES):
            continue
        matches = _readings(lowered)
        since = 0
        for start, end, place in matches:
            if start < since:
                continue  # inside a longer reading already taken ("dead on arrival at a hospital")
            at = sentence.start
            stand_in = Fact(
                at + start, at + end, text[at + start : at + end], MentionType.OTHER, "", index
            )
            found.append(
                DeathPlace(
                    stand_in, place, whom(analysis, index, (at + since, at + start), stand_in.text)
                )
            )
            since = end
    return found


def _readings(lowered: str) -> list[tuple[int, int, str]]:
    """Each death place the sentence tells, in text order; a reading before the hospital wins
    over a hospital reading of the same words ("pronounced dead on arrival at County General
    Hospital", "died on the way to the hospital")."""
    found = [(m.start(), m.end(), place) for place, p in _PATTERNS for m in p.finditer(lowered)]
    before = [(a, b) for a, b, place in found if place in _BEFORE_HOSPITAL]
    return sorted(
        (
            (a, b, place)
            for a, b, place in found
            if place in _BEFORE_HOSPITAL or not any(a < y and x < b for x, y in before)
        ),
        key=lambda m: (m[0], -m[1]),
    )


def _told(death: DeathPlace) -> str:
    """The words quoted, with the place they mean where they do not name it themselves:
    "'pronounced dead on arrival' (at the scene)", but "'died at the scene'" alone."""
    words = death.words.text
    # "dead on arrival" is told as the scene, the place before the hospital news names most; "died
    # on the way to the hospital" says where itself.
    named = _SCENE if death.place == _ARRIVAL else death.place
    if death.place == _WAY or named in words.lower():
        return repr(words)
    return f"{words!r} ({_PLACE_WORDS[death.place]})"


def _conflict(a: DeathPlace, b: DeathPlace) -> Draft:
    reason = (
        f"Where the victim died: the left says {_told(a)}, the right {_told(b)}. Both may have "
        "been true as the news came in (a victim dying at the scene may be pronounced dead at a "
        "hospital), so check which account is the later one."
    )
    return Draft(
        FindingKind.CONFLICT,
        MentionType.OTHER,
        [a.words],
        [b.words],
        reason,
        tuning.DEATH_PLACE_CONFIDENCE,
    )
