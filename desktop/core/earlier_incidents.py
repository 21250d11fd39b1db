"""A happening the story sets a measured time from its own: "The shooting comes two weeks after
four people were wounded at a party nearby", "The killing came just days after a 15-year-old was
shot on Oak Street".

When the subject of the main clause is the story's happening ("the shooting", "it") and the
clause says only when it took place, an "after", "before" or "since" clause measured in days,
weeks or more tells another happening: its counts, ages and days are that happening's, never the
story's. The same clause under a clause of anything else ("Two days after three people were
wounded, police arrested a suspect") tells the story's own happening from a later step.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import INCIDENT_NOUNS
from desktop.core.lexicon.intervals import (
    APART_UNITS,
    HAPPENING_PRONOUNS,
    OCCURRING_VERBS,
    ORDERING_WORDS,
)


def set_apart_from_the_story(span: Any) -> bool:
    """Is the value inside a clause that the story's happening is said to come days or more
    after (or before)?"""
    tok = span.root
    while tok.head.i != tok.i:
        if _measured_ordering(tok):
            return _the_story_happening(tok.head)
        tok = tok.head
    return False


def _measured_ordering(tok: Any) -> bool:
    """ "[two weeks] after four people were wounded" (a clause), "[days] after the killing of
    two men" (a noun): the ordering word with a span of days or more on it."""
    if tok.dep_ == "advcl":
        marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ in ORDERING_WORDS]
        holders = [tok, *marks]
    elif tok.dep_ == "prep" and tok.lower_ in ORDERING_WORDS:
        marks, holders = [tok], [tok]
    else:
        return False
    return bool(marks) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in APART_UNITS
        for holder in holders
        for c in holder.children
    )


def _the_story_happening(verb: Any) -> bool:
    """The clause the ordering hangs on says when the story's happening took place: its verb one
    of occurring, its subject the happening or a pronoun for it."""
    if verb.lemma_.lower() not in OCCURRING_VERBS:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.lemma_.lower() in INCIDENT_NOUNS or c.lower_ in HAPPENING_PRONOUNS)
        for c in verb.children
    )
