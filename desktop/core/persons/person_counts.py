"""The fate of people named as shot, told by a count: "accused of murdering four women ... are
suspected of shooting Ann Lee, Bo Ray, Cy Dunn and Di Moe". "Shooting" alone tells no outcome,
but a reader who has been told that four were killed and then reads four names as the ones shot
takes them for the four: the listed names share the fate the article tells of a group of as many.

Told only when the names are all the list holds (every item a name), the list is what was shot
(the object of "shoot" / "hit" / "strike", or its passive subject: "Ann Lee and Bo Ray were
shot"), and the article counts no other group of as many ("killed two and wounded two others"
leaves two names untold). A group told hurt and killed was killed, as one person is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.extraction.parse_cache import parsed_text
from desktop.core.lexicon.people import (
    COUNT_WORDS,
    GROUP_FATE_STATUSES,
    HIT_VERBS,
    MISSED_WORDS,
    OTHER_GROUP_WORDS,
    OUTCOME_UNTOLD_WORDS,
)
from desktop.core.persons.person_fates import Found


def counted_shooting(root: Any, said: Callable[[Any], Found]) -> Found:
    """The fate of the group of as many as the list ``root`` is a name of, when the list is what
    was shot (``said`` reads what a group's noun phrase and clause say of it)."""
    first = root
    while first.dep_ == "conj":
        first = first.head
    members = [first, *first.conjuncts]
    if len(members) < 2 or any(m.pos_ != "PROPN" for m in members) or not _shot(first):
        return []
    groups = [g for g in root.doc if _count(g) == len(members)]
    if any(_another(g) for g in groups):
        return []  # "killed two and wounded two others": which two were shot is untold
    told = [
        s
        for group in groups
        for s in said(group)
        if s[0] in GROUP_FATE_STATUSES and _word(root.doc, s) not in OUTCOME_UNTOLD_WORDS
    ]
    # "four found dead ... all four had gunshot wounds": as for one person, the wound came first.
    return [s for s in told if s[0] == "killed"][:1] or told[:1]


def _another(group: Any) -> bool:
    """A group counted beside one of the same size: "two others", "two more people"."""
    words = [group, *group.children]
    return any(
        w.lower_ in OTHER_GROUP_WORDS or w.lemma_.lower() in OTHER_GROUP_WORDS for w in words
    )


def _shot(first: Any) -> bool:
    """ "shot Ann Lee and Bo Ray", "Ann Lee and Bo Ray were shot"; never "shot at"."""
    verb = first.head
    if verb.lemma_.lower() not in HIT_VERBS or first.dep_ not in ("dobj", "nsubjpass"):
        return False
    return not any(c.lower_ in MISSED_WORDS for c in verb.children)


def _count(noun: Any) -> int | None:
    """How many a group is: "four women", "the 4 victims", "killed four" (the figure itself)."""
    if noun.tag_ == "NNS":
        figures = [c for c in noun.children if c.dep_ == "nummod"]
        return _value(figures[0]) if len(figures) == 1 else None
    if noun.tag_ == "CD" and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return _value(noun)
    return None


def _value(figure: Any) -> int | None:
    text = figure.lower_
    return int(text) if text.isdigit() else COUNT_WORDS.get(text)


def _word(doc: Any, found: tuple[str, int, int]) -> str:
    return parsed_text(doc)[found[1] : found[2]].lower()
