"""Which end of a process a day or a clock time dates: "Voters began to cast their ballots on
Sunday" dates the start of the vote, "The election ended Sunday evening" its end.

A process told by its start in one article and by its end in the other is one happening with two
moments; the start's morning and the end's evening are never two readings of its one day. The
day hangs on its verb, and the verb tells the end when it is one of the lexicon's start or end
verbs itself, or when it is the complement of one ("began to cast", "finished counting").
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.steps import PROCESS_END_VERBS, PROCESS_START_VERBS

START = "start"
END = "end"


def process_end(span: Any) -> str:
    """ "start", "end", or "" when the day's verb names neither end of a process."""
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return ""
    told = _end_of(verb)
    if not told and verb.dep_ == "xcomp":
        told = _end_of(verb.head)  # "began to cast their ballots on Sunday"
    return told


def _end_of(verb: Any) -> str:
    lemma = verb.lemma_.lower()
    if lemma in PROCESS_START_VERBS and not _opens_fire(verb):
        return START
    return END if lemma in PROCESS_END_VERBS else ""


def _opens_fire(verb: Any) -> bool:
    """ "opened fire on Friday": the shooting itself, no start of anything told apart."""
    return any(t.dep_ == "dobj" and t.lemma_.lower() == "fire" for t in verb.children)
