"""A happening the story sets a measured time from its own: "The shooting comes two weeks after
four people were wounded at a party nearby", "The killing came just days after a 15-year-old was
shot on Oak Street".

When the subject of the main clause is the story's happening ("the shooting", "the attack") and
the clause says only when it took place, an "after", "before" or "since" clause measured in days,
weeks or more tells another happening: its counts, ages and days are that happening's, never the
story's. The same clause under a clause of anything else ("Two days after three people were
wounded, police arrested a suspect") tells the story's own happening from a later step.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import INCIDENT_NOUNS
from desktop.core.lexicon.intervals import APART_UNITS, OCCURRING_VERBS, ORDERING_WORDS


def set_apart_from_the_story(span: Any) -> bool:
    """Is the value inside a clause that the story's happening is said to come days or more
    after (or before)?"""
    tok = span.root
    while tok.head.i != tok.i:
        interval = _measured_ordering(tok)
        if interval is not None:
            # "three to four months before her office decides" measures the wait: the interval
            # itself is no value of the other happening.
            inside = span.start <= interval.i < span.end
            return not inside and _the_story_happening(tok.head)
        tok = tok.head
    return False


def _measured_ordering(tok: Any) -> Any | None:
    """ "[two weeks] after four people were wounded" (a clause), "[days] after the killing of
    two men" (a noun): the span of days or more on the ordering word, or None."""
    if tok.dep_ == "advcl":
        marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ in ORDERING_WORDS]
        holders = [tok, *marks] if marks else []
    elif tok.dep_ == "prep" and tok.lower_ in ORDERING_WORDS:
        holders = [tok]
    else:
        return None
    return next(
        (
            c
            for holder in holders
            for c in holder.children
            if c.dep_ == "npadvmod" and c.lemma_.lower() in APART_UNITS
        ),
        None,
    )


def _the_story_happening(verb: Any) -> bool:
    """The clause the ordering hangs on says when the story's happening took place: its verb one
    of occurring, its subject a noun for the happening. Not "It comes a day after three bank
    workers died": "it" may be a later step of the very happening the other article reports."""
    if verb.lemma_.lower() not in OCCURRING_VERBS:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in INCIDENT_NOUNS
        for c in verb.children
    )
