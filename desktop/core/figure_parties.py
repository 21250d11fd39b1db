"""Whose figure is it, when a named body acts: "Red Sox offer Teixeira $200 million" / "the
Yankees committed more than $240 million to sign pitchers".

A figure whose clause has a proper name for its subject (a team, a company, a court) is what that
party offered, paid or won. When the article giving one party's figure names the other party too,
it tells the two parties apart, and its figure is no account of the other party's: the two never
clash. When neither article names the other's party, the two figures may be one figure told by
two sources ("the USGS put the magnitude at 6.1" / "the EMSC put it at 5.9") and are compared.
People and places have their own readers (figure_subjects, figure_places).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core.attribution import REPORTING_VERBS
from desktop.core.figure_subjects import named_in
from desktop.core.names import fold

if TYPE_CHECKING:
    from desktop.core.extract import Analysis
    from desktop.core.facts import Fact

_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
# Entity labels read elsewhere: a person's figure (figure_subjects), a place's (figure_places).
_NOT_PARTIES = frozenset(["PERSON", "GPE", "NORP", "LOC"])


def named_party(span: Any) -> str:
    """The folded proper name that is the subject of the figure's clause, or "". A source that
    reports the figure ("Reuters reported 10 dead") is no party to it."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in REPORTING_VERBS:
        return ""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in _NOT_PARTIES:
        return ""
    return fold(subject.text)


def mark_shared_parties(left: Analysis, right: Analysis) -> None:
    """Note, per comparison, which figures' parties the other article names too."""
    for mine, theirs in ((left, right), (right, left)):
        named = named_in({fact.party for fact in mine.facts if fact.party}, theirs)
        for fact in mine.facts:
            fact.party_shared = bool(fact.party) and named[fact.party]


def two_parties(a: Fact, b: Fact) -> bool:
    """Figures of two parties, one of them named by both articles."""
    return (
        bool(a.party)
        and bool(b.party)
        and a.party != b.party
        and (a.party_shared or b.party_shared)
    )
