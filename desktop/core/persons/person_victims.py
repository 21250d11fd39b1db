"""The fate an article tells of its victims as a group, for a person it counts among them: "All of
the victims found dead in the car have been identified. ... Ann Lee was the first of the four
victims identified" (killed); "Bo Ray was one of the victims", "Among the victims was Bo Ray".

A reader takes "the victims" as the same group wherever the article names it, so what one mention
tells of the group ("the victims were found dead", "both victims were confirmed dead") holds for
a member another mention picks out. Told only when every telling agrees: an article whose victims
were "killed" in one place and "hospitalized" in another has two groups, and none is read. "Were
shot" tells no outcome (a person shot may live or die) and neither agrees nor disagrees."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from desktop.core.extraction.parse_cache import parsed_text
from desktop.core.lexicon.people import (
    GROUP_FATE_STATUSES,
    OUTCOME_UNTOLD_WORDS,
    VICTIM_GROUPS,
    WHOLE_GROUP_WORDS,
)
from desktop.core.persons.person_fates import Found

# What a mention tells may pass through another mention of the group ("the victims were among
# those killed"); a telling never asks the group again, so the reading ends.
_telling = threading.local()


def is_victim_group(noun: Any) -> bool:
    """A plural noun for the article's victims: "the victims", "the four victims"."""
    return noun.lemma_.lower() in VICTIM_GROUPS and noun.tag_ == "NNS"


def told_fate(group: Any, said: Callable[[Any], Found]) -> Found:
    """The one fate the article's other mentions of its victims tell (``said`` reads what a
    mention's noun phrase and clause say of it), as the word that tells it; none when they
    disagree or tell none."""
    if not is_victim_group(group) or getattr(_telling, "busy", False):
        return []
    _telling.busy = True
    try:
        told = _tellings(group, said)
    finally:
        _telling.busy = False
    return told[:1] if len({s[0] for s in told}) == 1 else []


def _tellings(group: Any, said: Callable[[Any], Found]) -> Found:
    told: Found = []
    text = parsed_text(group.doc)
    for noun in group.doc:
        if noun.i == group.i or not is_victim_group(noun):
            continue
        while noun.dep_ == "conj":
            noun = noun.head  # "The suspect and both victims were confirmed dead"
        whole = noun.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and whole.lower_ in WHOLE_GROUP_WORDS:
            noun = whole  # "All of the victims were found dead": said of every one of them
        told += [
            s
            for s in said(noun)
            if s[0] in GROUP_FATE_STATUSES and text[s[1] : s[2]].lower() not in OUTCOME_UNTOLD_WORDS
        ]
    return told
