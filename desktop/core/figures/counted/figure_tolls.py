"""The toll a counted group is in, told through its phrase rather than one verb of the toll.

"Three others with serious injuries", "five victims showed up at the hospital with gunshot
wounds", "five people received treatment": none of these figures hangs on "injured", yet each
counts the injured; "20 people remained unaccounted for" counts the missing. The toll is the
noun the group is said to have or be treated for (the object of "with" or "for" after the
counted noun or its verb), the state its verb gives it, or an object of care. "Eight people
suffered gunshot wounds" is left alone: the dead suffered them too. "Three men were shot dead"
counts the dead, not everyone shot; so does "shot and killed two". "Eleven people lost their
lives" counts the dead too: losing one's life is the idiom of dying, whatever else is lost.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.datetimes.clock import parse_time
from desktop.core.figures.counted.job_cuts import counted_cuts
from desktop.core.figures.numbers.group_counts import counted_by_group
from desktop.core.lexicon import COUNT_SLOTS, GENERIC_SLOT_WORDS, SLOT_SYNONYMS
from desktop.core.lexicon.count_words import (
    SINGLE_COUNT_WORDS,
    STATE_OBJECTS,
    STATE_PREPOSITIONS,
    STATE_TOLLS,
)
from desktop.core.lexicon.counted_nouns import HARM_DEEDS
from desktop.core.lexicon.games import STREAK_WORDS
from desktop.core.lexicon.people import GUNFIRE_HIT_VERBS, GUNFIRE_WORDS


def with_tolls(span: Any, words: dict[str, float]) -> dict[str, float]:
    """A figure's slot words with the toll its phrase tells: "shot dead" counts the dead, not
    everyone shot; "three others with serious injuries" counts the injured."""
    words = _without_deeds(span, words) | dict.fromkeys(_headline_tolls(span), 1.0)
    words = _hit_by_gunfire(span, words)
    if words.get("shoot", 0.0) >= 1.0 and _shot_dead(span):
        words = {w: v for w, v in words.items() if w != "shoot"} | {"death": 1.0}
    elif words.get("shoot", 0.0) >= 1.0 and not _a_clock(span) and (toll := _shot_and(span)):
        words = {w: v for w, v in words.items() if w != "shoot"} | {toll: 1.0}
    elif words.get(_LOSE, 0.0) >= 1.0 and _lost_lives(span):
        words = {w: v for w, v in words.items() if w not in (_LOSE, _LIFE)} | {"death": 1.0}
    if any(weight >= 1.0 and word in COUNT_SLOTS for word, weight in words.items()):
        return words  # the figure's own words name a toll ("two died of their wounds")
    return words | dict.fromkeys(_state_words(span) & STATE_TOLLS | _left_as(span), 1.0)


def _a_clock(span: Any) -> bool:
    """ "shot at 4:30 p.m. and died", "shot and killed at 10 p.m.": a clock on the shooting verb
    says when the shots were fired, not when the toll the next verb tells came (a death hours
    later), so it keeps the shooting as its step."""
    return parse_time(span.text) is not None


def _hit_by_gunfire(span: Any, words: dict[str, float]) -> dict[str, float]:
    """ "shooting into a crowd, hitting five people", "bullets struck two bystanders": in a
    sentence of gunfire, the people a blow hits are the people shot, counted as "five people were
    shot" is. A sentence with no word of gunfire keeps the blow ("the car hit five people")."""
    blows = [w for w in GUNFIRE_HIT_VERBS if words.get(w, 0.0) >= 1.0]
    if not blows or words.get("shoot", 0.0) >= 1.0:
        return words
    if not any(t.lemma_.lower() in GUNFIRE_WORDS for t in span.sent):
        return words
    return {w: v for w, v in words.items() if w not in blows} | {"shoot": 1.0}


def _left_as(span: Any) -> set[str]:
    """ "a quake that left more than 31,000 people dead", "left 12 injured": the state the verb
    leaves its counted object in is the toll the figure counts."""
    root = span.root
    counted = root.head if root.dep_ == "nummod" else root
    verb = counted.head
    if counted.dep_ != "dobj" or verb.lemma_.lower() != "leave":
        return set()
    return {_toll(c) for c in verb.children if c.dep_ in ("oprd", "acomp")} & COUNT_SLOTS


def _without_deeds(span: Any, words: dict[str, float]) -> dict[str, float]:
    """ "five plainclothes officers fatally shot the teenager", "two gunmen killed a clerk": the
    group counted is the subject of a harm done to someone else (the verb's object), so the harm
    is what the group did, not what befell it; it tells no toll of that group."""
    root = span.root
    group = root.head if root.dep_ == "nummod" else root
    while group.dep_ in ("compound", "amod") and group.head.pos_ == "NOUN":
        group = group.head  # "five plainclothes officers": the parser may count the modifier
    verb = group.head
    if group.dep_ != "nsubj" or verb.pos_ != "VERB":
        return words
    if not any(c.dep_ == "dobj" for c in verb.children):
        return words  # "two people died", "three men were shot": the harm befell them
    deed = _toll(verb) or verb.lemma_.lower()
    return {w: v for w, v in words.items() if w != deed} if deed in HARM_DEEDS else words


def _headline_tolls(span: Any) -> set[str]:
    """The toll a headline's bare figure carries: "One dead in ...", "Three injured in ..." (the
    participle or adjective hangs on the figure itself), and "Eight shot outside ...", where the
    tagger reads the participle as the noun "shot": a figure above one never counts a singular
    noun, so that "shot" is the verb (the plural "Five shots" stays bullets)."""
    root = span.root
    tolls = {
        _toll(child)
        for child in root.children
        if child.dep_ in ("amod", "acl") and child.pos_ in ("ADJ", "VERB")
    }
    head = root.head
    if (
        root.dep_ == "nummod"
        and head.lower_ == "shot"
        and head.tag_ == "NN"
        and span.text.lower() not in SINGLE_COUNT_WORDS
    ):
        tolls.add("shoot")
    return tolls & COUNT_SLOTS


# "lost their lives": the verb and the noun of the idiom of dying, as lemmas.
_LOSE, _LIFE = "lose", "life"


def _lost_lives(span: Any) -> bool:
    """ "Eleven people lost their lives", "11 lost their lives": the counted group is the subject
    of "lose" with "life" its object."""
    root = span.root
    group = root.head if root.dep_ == "nummod" else root
    verb = group.head
    return (
        group.dep_ == "nsubj"
        and verb.lemma_.lower() == _LOSE
        and any(c.dep_ == "dobj" and c.lemma_.lower() == _LIFE for c in verb.children)
    )


def _shot_dead(span: Any) -> bool:
    """ "Three men were shot dead", "shot to death": a killing, not a count of the shot."""
    root = span.root
    verb = root.head.head if root.dep_ == "nummod" else root.head
    if verb.lemma_.lower() != "shoot":
        return False
    return any(
        child.lower_ == "dead"
        or (child.lower_ == "to" and any(g.lemma_.lower() == "death" for g in child.children))
        for child in verb.children
    )


def _shot_and(span: Any) -> str:
    """ "Two, she shot and killed", "shot and wounded three": the figure is the object of both
    verbs, so it counts those the second verb's toll holds (the dead, the injured), not all who
    were shot."""
    verb = span.root.head
    if span.root.dep_ == "nummod":
        verb = verb.head
    if verb.lemma_.lower() != "shoot":
        return ""
    for child in verb.children:
        if (
            child.dep_ == "conj"
            and child.pos_ == "VERB"
            and not _own_subject(child)
            and not _own_object(child)
        ):
            toll = _toll(child)
            if toll in ("death", "injury"):
                return toll
            if any(
                c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ == "dead" for c in child.children
            ):
                return "death"  # "were shot in their heads and pronounced dead"
    return ""


def _own_object(verb: Any) -> bool:
    """ "shooting three people, killing one": the second verb counts its own object (one of the
    three), so the three stay all who were shot."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _own_subject(verb: Any) -> bool:
    """ "Two men were shot, and one of them died": the second verb has a subject of its own, so
    its toll is of that subject (one of the two), not of the figure shot."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _state_words(span: Any) -> set[str]:
    root = span.root
    if root.dep_ != "nummod":
        return set()  # "injuring five": the figure stands for the group and has its verb
    counted = root.head
    holders = [counted]
    if counted.dep_ in ("nsubj", "nsubjpass", "dobj", "conj") and counted.head.pos_ == "VERB":
        holders.append(counted.head)
    found: set[str] = set()
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in STATE_PREPOSITIONS:
                found |= {_toll(obj) for obj in child.children if obj.dep_ == "pobj"}
            elif child.dep_ in ("acomp", "oprd") and holder.i != counted.i:
                found.add(_toll(child))  # "remained unaccounted for"
            elif child.dep_ == "dobj" and holder.i != counted.i:
                found |= {"injury"} if child.lemma_.lower() in STATE_OBJECTS else set()
            elif child.dep_ == "amod" and holder.i == counted.i and child.i > root.i:
                found.add(_toll(child))  # "the bodies of two missing workers": the missing
    return found


# The second half of a made-of-tried tally, as the tokenizer leaves it: "of-41", "for-4".
_TALLY_REST = re.compile(r"(?:of|for)-\d+")


def counted_noun(span: Any) -> str:
    """The noun a figure counts, folded like a slot word ("five buildings", "three houses" ->
    building; "a pair of left hooks" -> hook), or "" for a figure that modifies no noun or
    counts only "people"."""
    root = span.root
    if (grouped := counted_by_group(root)) is not None:
        return _counted_word(grouped)
    if root.dep_ != "nummod" or root.head.pos_ != "NOUN":
        return ""
    if _TALLY_REST.fullmatch(root.head.lower_):
        # "went 28-of-41", "3-for-4": the tally's second half is no noun; the made count counts
        # what the tries count, which the tally leaves unsaid ("28 passes", "three hits").
        return ""
    return _counted_word(root.head)


def _counted_word(noun: Any) -> str:
    lemma = noun.lemma_.lower()
    if lemma in STREAK_WORDS:
        return ""  # "lost 10 straight": the games of the streak go unsaid, "straight" is no noun
    word = counted_cuts(SLOT_SYNONYMS.get(lemma, lemma), noun)
    if word in GENERIC_SLOT_WORDS:
        return ""
    joined = _joined_noun(noun)
    return f"{word} and {joined}" if joined else word


def _joined_noun(noun: Any) -> str:
    """ "420 passengers and crew": the figure counts both nouns together, so the group is not the
    first noun's alone. A joined noun with its own figure or article ("two women and a man",
    "ten people and three dogs") is a count of its own and leaves the figure's noun as it is."""
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in noun.children):
        return ""
    for conj in noun.children:
        if conj.dep_ == "conj" and conj.pos_ == "NOUN":
            if any(c.dep_ in ("nummod", "det") for c in conj.children):
                return ""
            lemma = conj.lemma_.lower()
            return SLOT_SYNONYMS.get(lemma, lemma)
    return ""


def _toll(token: Any) -> str:
    return SLOT_SYNONYMS.get(token.lemma_.lower(), "")
