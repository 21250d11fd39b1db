"""A day that closes the clause an attribution reports: "Felt died at his home in Santa Rosa,
California, Thursday, the Press Democrat newspaper reported".

The parser hangs such a day on the verb of saying after it, but the day is set off between two
commas at the end of the reported clause, before the source and its verb: it dates what the
clause tells (the death), as "died Thursday, the newspaper reported" would. A day right after the
verb ("the newspaper reported Thursday") or opening the sentence ("On Thursday, police said")
dates the statement, and is left to the callers' reading.
"""

from __future__ import annotations

from typing import Any

_CLAUSE_WORDS = frozenset({"VERB", "AUX"})


def closes_reported_clause(span: Any, verb: Any) -> bool:
    """The bare day stands between commas after a clause of its own, and the verb of saying
    follows with its subject in between."""
    doc, sent = span.doc, span.sent
    if verb.i < span.end or span.start <= sent.start or span.end >= sent.end:
        return False
    if doc[span.start - 1].text != "," or doc[span.end].text != ",":
        return False
    subject_between = any(
        c.dep_ in ("nsubj", "nsubjpass") and span.end < c.i < verb.i for c in verb.children
    )
    clause_before = any(t.pos_ in _CLAUSE_WORDS for t in doc[sent.start : span.start])
    return subject_between and clause_before
