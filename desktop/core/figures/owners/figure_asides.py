"""Whose figure it is when it stands in an aside right after a name.

"Bowe (45-1, 33 KOs) trained in Germany" and "Klitschko, 53-3, 47 KOs, dismantled Rahman" give
two boxers' records: a figure set off after a name, in brackets or between commas, with nothing
in the aside but figures and the nouns they count, is the record of the name it follows. The
clause's subject may be someone else ("Klitschko blasted Rahman (45-7-2, 36 KOs)": Rahman's
knockouts), so the aside says whose figure it is before the clause does.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import PERSON_NOUNS
from desktop.core.lexicon.time_words import MONTHS, WEEKDAYS
from desktop.core.naming.names import fold

# Words an aside of figures may hold besides the figures: the marks between them and the words
# joining two figures ("58-3 with 51 knockouts", "12 goals and 4 assists").
_ASIDE_JOINS = frozenset(["-", "–", ",", "(", "/", "with", "and"])
# What may open an aside right after the name.
_ASIDE_OPENERS = frozenset(["(", ","])
# What may close it after the figure and its noun, besides the sentence's end ("beat Gene
# Pukall, 14-13-2, 12 KOs.").
_ASIDE_CLOSERS = frozenset([")", ",", ".", "!", "?", ";"])
# A name tagged a date or a time opens a clause ("On Sunday, 25 people died"), not an aside; a
# unit's aside restates its measure ("28 degrees Celsius (82 degrees Fahrenheit)").
_NOT_OWNERS = frozenset(["DATE", "TIME", "QUANTITY", "CARDINAL", "MONEY", "PERCENT"])
# What a figure's noun is in a clause rather than in an aside: its subject or its object.
_CLAUSE_PARTS = frozenset(["nsubj", "nsubjpass", "dobj", "attr"])
_MONTHS = frozenset(MONTHS)


def aside_owner(span: Any) -> str:
    """The folded last word of the name an aside of figures holding ``span`` follows, or ""."""
    doc = span.doc
    sentence_start = span.sent.start
    i = span.start - 1
    while i >= sentence_start and _in_aside(doc[i]):
        i -= 1
    if i < sentence_start or i + 1 >= span.start or doc[i + 1].text not in _ASIDE_OPENERS:
        return ""
    name = doc[i]
    if not _a_name(name) or not _closed_after(span) or _a_clause_part(span):
        return ""
    return fold(name.text)


def _a_clause_part(span: Any) -> bool:
    """ "Police said Sunday, three men were hurt": the figure's noun is what the clause is about
    or acts on, or people, no record in an aside of the name before it."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    # "the Police Department, one female, 27,": an aside of a name counts its record, no people
    return noun.dep_ in _CLAUSE_PARTS or noun.lower_ in PERSON_NOUNS


def _in_aside(token: Any) -> bool:
    if token.like_num or token.pos_ in ("NUM", "SYM") or token.lower_ in _ASIDE_JOINS:
        return True
    # The noun a figure counts ("33 KOs", "KO's"): a word right after a figure.
    before = token.nbor(-1) if token.i > token.sent.start else None
    if token.lower_ == "'s" and before is not None:
        token, before = before, (before.nbor(-1) if before.i > token.sent.start else None)
    return token.pos_ in ("NOUN", "PROPN") and before is not None and before.like_num


def _a_name(token: Any) -> bool:
    before = token.nbor(-1) if token.i > token.sent.start else None
    if before is not None and (before.like_num or before.ent_type_ in _NOT_OWNERS):
        return False  # "28 degrees Celsius (82 degrees Fahrenheit)": a unit, part of a measure
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.ent_type_ not in _NOT_OWNERS
        and token.lower_ not in WEEKDAYS
        and token.lower_ not in _MONTHS
    )


def _closed_after(span: Any) -> bool:
    """The aside ends after the figure and the noun it counts: "33 KOs)", "47 KO's,"."""
    doc = span.doc
    end = span.sent.end
    j = span.end
    while j < end and (doc[j].pos_ in ("NOUN", "PROPN") or doc[j].lower_ == "'s"):
        j += 1
    return j == end or doc[j].text in _ASIDE_CLOSERS
