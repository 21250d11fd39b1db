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

from desktop.core.extraction.parse_cache import inner_words, parsed_text
from desktop.core.figures.owners.figure_subjects import named_in
from desktop.core.lexicon.model_names import MODEL_WORDS
from desktop.core.naming.names import fold
from desktop.core.naming.party_bodies import party_bodies
from desktop.core.quoting.attribution import REPORTING_VERBS

if TYPE_CHECKING:
    from desktop.core.extraction.extract import Analysis
    from desktop.core.extraction.facts import Fact

_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
# Entity labels read elsewhere: a person's figure (figure_subjects), a place's (figure_places).
_NOT_PARTIES = frozenset(["PERSON", "GPE", "NORP", "LOC"])
# An amount as the object is what rose or fell ("shares dropped $2.20"), not a thing acted on.
_AMOUNTS = frozenset(["MONEY", "PERCENT", "CARDINAL", "QUANTITY"])


def named_party(span: Any) -> str:
    """The folded proper name that is the subject of the figure's clause, or the name that owns
    its subject ("EDS shares soared ... to finish at $24.13", "Apple's stock closed at $500"), or
    "". A source that reports the figure ("Reuters reported 10 dead") is no party to it."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in REPORTING_VERBS:
        return ""
    verb, subject = clause_subject(verb)
    if subject is None:
        return ""
    model = model_name(subject)
    if model:
        return model  # "The S3 Pro weighs 19 kilograms": the S3 Pro's, not the S3's
    coded = subject.ent_type_ or any(c.isdigit() for c in subject.text)
    if subject.pos_ == "PROPN" or (coded and _a_name(subject)):
        # "The S3 weighs 15 kilograms": a model's name or code the tagger reads as a common
        # noun is still a name, and its figure the model's own
        return "" if subject.ent_type_ in _NOT_PARTIES else fold(subject.text)
    if any(c.dep_ == "dobj" and c.ent_type_ not in _AMOUNTS for c in verb.children):
        return ""  # "Tehran's seismologic center put the magnitude at 5.9": a source acting
    owner = owning_name(subject)
    return fold(owner.text) if owner is not None else ""


def clause_subject(verb: Any) -> tuple[Any, Any | None]:
    """The verb whose subject the figure's clause has, and that subject. An infinitive with no
    subject of its own ("EDS shares soared to finish at $24.13", "the Yankees agreed to pay $180
    million") tells of the subject of the verb it completes."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    while (
        subject is None
        and verb.head.i != verb.i
        and (
            (
                verb.dep_ in _INFINITIVE_LINKS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            )
            # "The S3 Pro costs $899, goes 70 km and weighs 19 kg": verbs joined by "and" share
            # the first one's subject
            or (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"))
        )
    ):
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return verb, subject


# How an infinitive hangs on the verb whose subject it shares: "soared to finish", "agreed to pay".
_INFINITIVE_LINKS = frozenset(["xcomp", "advcl"])


def model_name(noun: Any) -> str:
    """ "s3 pro" for "the S3 Pro": a word naming a model of a line, written capitalised after
    the line's name, names the model with it; "" for any other word."""
    if noun.lower_ not in MODEL_WORDS or not noun.text[:1].isupper():
        return ""
    owner = owning_name(noun)
    if owner is None or owner.i != noun.i - 1:
        return ""
    return fold(f"{owner.text} {noun.text}")


def owning_name(noun: Any) -> Any | None:
    """The proper name before a common noun that says whose it is: "EDS" in "EDS shares", "Apple"
    in "Apple's stock"; a nationality or an adjective ("Spanish shares") is read elsewhere."""
    for child in noun.children:
        if child.dep_ in ("compound", "poss") and child.i < noun.i and _a_name(child):
            return child
    return None


def _a_name(word: Any) -> bool:
    """A proper name, as the tagger reads it or as the article writes it: capitalised where no
    sentence opens ("Corvex shares" first in its sentence, "buy Corvex" before it)."""
    if word.pos_ == "PROPN":
        return True
    if not word.text[:1].isupper() or word.pos_ in ("PRON", "DET"):
        return False
    if word.i != word.sent.start:
        return True  # capitalised inside its own sentence
    if parsed_text(word.doc).count(word.text) < 2:
        return False  # written nowhere else: a sentence's first word says nothing
    return word.text in inner_words(word.doc)


def mark_shared_parties(left: Analysis, right: Analysis) -> None:
    """Note, per comparison, which figures' parties the other article names too, and the body
    each party names in full (``party_bodies``)."""
    for mine, theirs in ((left, right), (right, left)):
        named = named_in({fact.party for fact in mine.facts if fact.party}, theirs)
        bodies = party_bodies({fact.party for fact in mine.facts if fact.party}, mine, theirs)
        for fact in mine.facts:
            fact.party_shared = bool(fact.party) and named[fact.party]
            fact.party_body = bodies.get(fact.party, "")
            if fact.party in fact.slot:
                # "HP will pay" speaks of Hewlett-Packard as "Hewlett-Packard's acquisition" does
                weight = fact.slot[fact.party]
                for word in fact.party_body.split():
                    fact.slot.setdefault(word, weight)


def two_parties(a: Fact, b: Fact) -> bool:
    """Figures of two parties, one of them named by both articles; a company and its initials
    ("HP will pay" / "Hewlett-Packard's acquisition") are one party, and one set of initials
    that each article gives its own company ("Hewlett-Packard" / "Hindustan Petroleum") two."""
    if not a.party or not b.party:
        return False
    if a.party == b.party:
        # "HP" on each side, each article spelling it out as a company of its own
        spelled = a.party_body not in ("", a.party) and b.party_body not in ("", b.party)
        return spelled and a.party_body != b.party_body
    one_body = bool(a.party_body) and a.party_body == b.party_body
    return (a.party_shared or b.party_shared) and not one_body
