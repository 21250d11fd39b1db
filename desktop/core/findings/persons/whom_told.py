"""Whom a clause tells a happening of, as a reporter writes it: the name the clause gives (a
speaker's set aside), else its age, the sex its nouns or pronouns give, and whether it speaks of
the one who fired, an officer, or one of several ("One died at the scene"). Two such readings
are one person when one name (or two linked names) or one age ties them, or, when neither
article names or ages them, when each article tells the happening of one person of that
description only (death_places.py, lapses.py).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis
from desktop.core.findings.events.tolls import is_age
from desktop.core.lexicon import INCIDENT_NOUNS, OTHER_INCIDENT_MARKERS, OTHER_STORY_OPENERS
from desktop.core.lexicon.death_places import ONE_OF_WORDS
from desktop.core.lexicon.victims import FEMALE_NOUNS, MALE_NOUNS, SPEECH_WORDS
from desktop.core.lexicon.wounds import RESPONDERS, WOUND_DOERS
from desktop.core.model import MentionType

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_WHEN = frozenset({MentionType.DATE, MentionType.TIME})
# A sentence's opening words that go on speaking of the people of the sentence before: "He was
# taken to a hospital", "The victim died".
CONTINUING_OPENERS = frozenset(["he", "she", "they", "his", "her", "their", "both"])
CONTINUING_NOUNS = frozenset(
    ["victim", "victims", "man", "woman", "men", "women", "boy", "girl", "teen", "teenager"]
)
# Nouns of someone hurt, not of one who fired nor of one who answered the call.
VICTIM_NOUNS = frozenset(["victim", "victims", "teen", "teenager", "child", "clerk", "student"])


@dataclass(frozen=True, slots=True)
class Whom:
    """The person a clause speaks of, as far as its words tell."""

    name: str = ""  # the surname, folded, when the clause names them
    name_key: str = ""
    age: int | None = None
    sex: str = ""  # "m", "f" or ""
    role: str = ""  # "doer" for the one who fired, "responder" for an officer, else ""
    one_of: bool = False  # "one died at the scene": one of several


def whom(analysis: Analysis, index: int, window: tuple[int, int], words: str) -> Whom:
    """Whom the text in ``window`` (character offsets inside sentence ``index``), before a
    happening told in ``words``, speaks of."""
    text = analysis.document.text
    facts = [
        f
        for f in analysis.facts
        if f.sentence == index and window[0] <= f.start and f.end <= window[1]
    ]
    names = [
        f
        for f in facts
        if f.type is MentionType.PERSON
        and not f.title
        and not set(WORD.findall(text[f.end : f.end + 12].lower())) & SPEECH_WORDS
    ]
    ages = [int(f.number.centre) for f in facts if f.number is not None and is_age(f)]
    before = WORD.findall(text[window[0] : window[1]].lower())
    own = before + WORD.findall(words.lower())
    name = names[-1] if names else None
    return Whom(
        (name.last or name.text).lower() if name else "",
        name.key if name else "",
        ages[-1] if ages else None,
        _sex(own),
        _role(before + WORD.findall(words.lower())),
        one_of=bool(set(before[-4:]) & ONE_OF_WORDS),
    )


def _sex(words: list[str]) -> str:
    """The sex the person noun nearest the happening gives ("His wife was taken to a hospital":
    the wife's), else its subject pronoun ("where she died"); a possessive ("his") gives none."""
    for word in reversed(words):
        if word in MALE_NOUNS:
            return "m"
        if word in FEMALE_NOUNS:
            return "f"
    pronouns = {w for w in words if w in ("he", "she")}
    return "m" if pronouns == {"he"} else "f" if pronouns == {"she"} else ""


def _role(words: list[str]) -> str:
    """The part played by the person noun nearest the happening: "Officers found the man dead"
    speaks of the man, "the gunman, who died at a hospital" of the one who fired."""
    for word in reversed(words):
        if word in WOUND_DOERS:
            return "doer"
        if word in RESPONDERS:
            return "responder"
        if word in MALE_NOUNS or word in FEMALE_NOUNS or word in VICTIM_NOUNS:
            return ""
    return ""


def other_incident_sentences(analysis: Analysis) -> frozenset[int]:
    """The sentences that tell another happening than the story's: one that turns to it ("In a
    separate shooting, a man was shot on Birch Avenue."), and each next one that goes on with a
    pronoun or a bare description of its people ("He was taken to a hospital, where he died.")."""
    return analysis.derived("other_incident_sentences", _other_incident_sentences)


def mark_other_incidents(analysis: Analysis) -> None:
    """The figures, days and times of a sentence that goes on telling another happening ("In a
    separate shooting, a man was shot on Birch Avenue. He was 30.") are that happening's
    (``Fact.other_event``); the sentence that turns to it is read so where its facts are made
    (``core/events/event_ties.py``)."""
    text = analysis.document.text
    going_on = {
        i
        for i in other_incident_sentences(analysis)
        if not another_incident(
            text[analysis.sentences[i].start : analysis.sentences[i].end].lower()
        )
    }
    for fact in analysis.facts:
        if fact.sentence in going_on and (
            fact.number is not None or fact.date is not None or fact.type in _WHEN
        ):
            fact.other_event = True


def _other_incident_sentences(analysis: Analysis) -> frozenset[int]:
    text = analysis.document.text
    found: set[int] = set()
    before: list[str] = []
    for index, sentence in enumerate(analysis.sentences):
        words = WORD.findall(text[sentence.start : sentence.end].lower())
        if _turns_away(words) or (index - 1 in found and _goes_on(words, before)):
            found.add(index)
        before = words
    return frozenset(found)


def _goes_on(words: list[str], before: list[str]) -> bool:
    """The sentence opens with a pronoun, or with "the" and a noun of people the sentence
    before brought in ("a man was shot ... The man was taken")."""
    if not words:
        return False
    if words[0] in CONTINUING_OPENERS:
        return True
    if words[0] != "the" or len(words) < 2 or words[1] not in CONTINUING_NOUNS:
        return False
    return words[1] in before or (words[1] == "victim" and bool(set(before) & CONTINUING_NOUNS))


def another_incident(lowered: str) -> bool:
    """The sentence turns to another happening: "In a separate shooting ...", "Elsewhere, ..."."""
    return _turns_away(WORD.findall(lowered))


def _turns_away(words: list[str]) -> bool:
    if words and words[0] in OTHER_STORY_OPENERS:
        return True
    if OTHER_INCIDENT_MARKERS.isdisjoint(words):
        return False  # most sentences: no pair to walk
    return any(
        a in OTHER_INCIDENT_MARKERS and b in INCIDENT_NOUNS for a, b in itertools.pairwise(words)
    )


def alone(one: Whom, everyone: Sequence[Whom]) -> bool:
    """No other reading of the article may be another person of the same description: "The
    woman died at the scene. The man died at a hospital." tells of one woman."""
    if one.one_of:
        return False
    return all(
        w is one or (w.sex and one.sex and w.sex != one.sex) or w.role != one.role for w in everyone
    )


def same_person(a: Whom, b: Whom, links: Mapping[str, str], sole: tuple[bool, bool]) -> bool:
    """``a`` and ``b`` are one person: tied by a name or an age, or each article's only one."""
    if (a.sex and b.sex and a.sex != b.sex) or a.role != b.role:
        return False
    if a.name and b.name:
        return a.name == b.name or (bool(a.name_key) and links.get(a.name_key) == b.name_key)
    if a.age is not None and b.age is not None:
        return a.age == b.age
    return all(sole)
