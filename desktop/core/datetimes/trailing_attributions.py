"""A day that closes the clause an attribution reports: "Felt died at his home in Santa Rosa,
California, Thursday, the Press Democrat newspaper reported".

The parser hangs such a day on the verb of saying after it, but the day is set off between two
commas at the end of the reported clause, before the source and its verb: it dates what the
clause tells (the death), as "died Thursday, the newspaper reported" would. A day right after the
verb ("the newspaper reported Thursday") or opening the sentence ("On Thursday, police said")
dates the statement, and is left to the callers' reading.

The mirror case: "Investigators say around 10:15am, a gunman walked up to a man": a present-tense
verb of saying, then the time and a comma, then the clause it reports. A present "say" tells how
the news stands, not when it was said; the time set off before the clause dates what the clause
tells (the shooting). Only a clock counts: no one reports the minute a present "say" was said,
while "Police say Sunday, ..." may still be Sunday's word on the news.
"""

from __future__ import annotations

from typing import Any

from desktop.core.datetimes.clock import parse_time
from desktop.core.extraction.parse_cache import sentence_bounds

_CLAUSE_WORDS = frozenset({"VERB", "AUX"})


def closes_reported_clause(span: Any, verb: Any) -> bool:
    """The bare day stands between commas after a clause of its own, and the verb of saying
    follows with its subject in between."""
    doc = span.doc
    sent_start, sent_end = sentence_bounds(doc, span.start)
    if verb.i < span.end or span.start <= sent_start or span.end >= sent_end:
        return False
    if doc[span.start - 1].text != "," or doc[span.end].text != ",":
        return False
    subject_between = any(
        c.dep_ in ("nsubj", "nsubjpass") and span.end < c.i < verb.i for c in verb.children
    )
    clause_before = any(t.pos_ in _CLAUSE_WORDS for t in doc[sent_start : span.start])
    return subject_between and clause_before


_PRESENT = frozenset({"VBP", "VBZ"})


def opens_reported_clause(span: Any, verb: Any) -> bool:
    """A clock follows a present-tense verb of saying and is closed by a comma that opens the
    clause the verb reports."""
    doc = span.doc
    if parse_time(span.text) is None:
        return False
    if verb.tag_ not in _PRESENT or verb.i >= span.start:
        return False
    if span.end >= sentence_bounds(doc, span.start)[1]:
        return False
    if doc[span.end].text != ",":
        return False
    return any(c.dep_ == "ccomp" and c.i > span.end for c in verb.children)
