"""Whose figure is it: the person a figure's clause is about.

"Andy Ryan, who has worked at the plant for nearly 30 years" and "Hiller has worked for Kraft for
about 15 years" give two people's years, not two accounts of one figure. A figure whose clause
has a named person as its subject is that person's; two such figures of different people are
never compared.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from desktop.core.figure_places import placed_subject
from desktop.core.names import fold
from desktop.core.text_search import search_after

if TYPE_CHECKING:
    from desktop.core.extract import Analysis

# Dependencies that make a word the subject of its clause.
_SUBJECTS = frozenset(["nsubj", "nsubjpass"])


def named_subject(span: Any) -> str:
    """The folded surname of the named person the figure's clause is about, or ""."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    person = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if verb.dep_ == "relcl" and (person is None or person.lower_ in ("who", "that")):
        person = verb.head  # "Andy Ryan, who has worked there for 30 years"
    if person is None or person.ent_type_ != "PERSON":
        return placed_subject(verb, person)  # "Spanish shares fell 2.9 percent"
    last = person
    while last.i + 1 < len(span.doc) and span.doc[last.i + 1].ent_iob_ == "I":
        last = span.doc[last.i + 1]
    return fold(last.text)


def mark_absent_subjects(left: Analysis, right: Analysis) -> None:
    """ "O'Brien just finished the first year of a three-year deal" against an article on
    Dalembert's six-year deal that never names O'Brien: a figure about someone the other article
    does not mention is no account of anything it tells, so it never clashes there."""
    for analysis in (left, right):
        _share_subjects(analysis)
    for mine, theirs in ((left, right), (right, left)):
        named = named_in({fact.subject for fact in mine.facts if fact.subject}, theirs)
        for fact in mine.facts:
            fact.subject_absent = bool(fact.subject) and not named[fact.subject]


def named_in(names: set[str], analysis: Analysis) -> dict[str, bool]:
    """Which folded names the article writes as a word of its own."""
    folded = fold(analysis.document.text) if names else ""
    # The name searched alone and its word boundary checked where found: the same answer as a
    # pattern opening with \b, which is tried at every character of the article.
    return {
        n: search_after(_WORD_EDGE, re.compile(rf"{re.escape(n)}\b"), folded) is not None
        for n in names
    }


def _share_subjects(analysis: Analysis) -> None:
    """A figure an article repeats is one claim, about whoever the article says it is about
    once: "Sixers to sign Dalembert to six-year deal" in the headline is Dalembert's six years
    because "Dalembert agreed to a six-year deal" below. Not when the repeats name two people."""
    owners: dict[str, set[str]] = {}
    for fact in analysis.facts:
        if fact.number is not None and fact.subject:
            owners.setdefault(fact.key, set()).add(fact.subject)
    for fact in analysis.facts:
        named = owners.get(fact.key, set())
        if fact.number is not None and not fact.subject and len(named) == 1:
            fact.subject = next(iter(named))


_WORD_EDGE = re.compile(r"\b")
