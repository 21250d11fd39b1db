"""Whose figure is it: the person a figure's clause is about.

"Andy Ryan, who has worked at the plant for nearly 30 years" and "Hiller has worked for Kraft for
about 15 years" give two people's years, not two accounts of one figure. A figure whose clause
has a named person as its subject is that person's; two such figures of different people are
never compared.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import search_after
from desktop.core.figures.owners.figure_places import placed_subject
from desktop.core.naming.names import fold

if TYPE_CHECKING:
    from desktop.core.extraction.extract import Analysis

# Dependencies that make a word the subject of its clause.
_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
# Places in a clause only a noun fills: a word there heads a noun phrase, never a clause.
_NOMINAL = frozenset(["dobj", "pobj"])


def named_subject(span: Any) -> str:
    """The folded surname of the named person the figure's clause is about, or ""."""
    verb = span.root
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in _NOMINAL) and verb.head.i != verb.i:
        verb = verb.head  # "caught 39 passes": an object is a noun, however the tagger reads it
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    person = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if person is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "he had 64 yards rushing on just eight carries": the rushing is the clause's subject's
        verb = _verb_above(verb) or verb
        person = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    while person is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "He had 793 yards ... and caught 39 passes": joined verbs share their subject
        verb = verb.head
        person = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if verb.dep_ == "relcl" and (person is None or person.lower_ in ("who", "that")):
        person = verb.head  # "Andy Ryan, who has worked there for 30 years"
    if person is not None and person.lower_ in _SINGULAR_PERSONAL:
        person = pronoun_antecedent(person) or person  # "Ortiz missed six games. He had ..."
    if person is None or person.ent_type_ != "PERSON":
        return placed_subject(verb, person)  # "Spanish shares fell 2.9 percent"
    last = person
    while last.i + 1 < len(span.doc) and span.doc[last.i + 1].ent_iob_ == "I":
        last = span.doc[last.i + 1]
    return fold(last.text)


def _verb_above(word: Any) -> Any | None:
    head = word.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != word.i else None


# "He" and "she" as a subject: the person a reader takes them for is found before them.
_SINGULAR_PERSONAL = frozenset(["he", "she"])


def pronoun_antecedent(pronoun: Any) -> Any | None:
    """The named person a subject "he" or "she" stands for: the nearest named person before it
    that is the subject of a clause, in its own sentence or the one before ("Ortiz missed six
    games. He looked sharp ..."). A reader takes the pronoun for the person the text is about,
    and the subject is who a sentence is about. None when neither sentence has one."""
    sentence = pronoun.sent
    start = sentence.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    for token in reversed(pronoun.doc[start : pronoun.i]):
        if token.dep_ in _SUBJECTS and token.ent_type_ == "PERSON":
            return token
    return None


def mark_absent_subjects(left: Analysis, right: Analysis) -> None:
    """ "O'Brien just finished the first year of a three-year deal" against an article on
    Dalembert's six-year deal that never names O'Brien: a figure about someone the other article
    does not mention is no account of anything it tells, so it never clashes there."""
    for analysis in (left, right):
        _share_subjects(analysis)
    for mine, theirs in ((left, right), (right, left)):
        named = named_in({fact.subject for fact in mine.facts if fact.subject}, theirs)
        for fact in mine.facts:
            fact.subject_absent = (
                bool(fact.subject) and not fact.subject_counted and not named[fact.subject]
            )


def named_in(names: set[str], analysis: Analysis) -> dict[str, bool]:
    """Which folded names the article writes as a word of its own."""
    folded = fold(analysis.document.text) if names else ""
    # The name searched alone and its word boundary checked where found: the same answer as a
    # pattern opening with \b, which is tried at every character of the article.
    return {
        n: search_after(_WORD_EDGE, compiled(rf"{re.escape(n)}\b"), folded) is not None
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
