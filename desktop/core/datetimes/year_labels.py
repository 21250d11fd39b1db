"""A year written before a noun labels that noun: "the 2004 Tony Awards", "2008's sexiest man
alive", "the 2004 tsunami". It says which awards, which title, which tsunami, not when the
sentence's own event happened, so it is compared only with a year labelling the same noun
("the 2005 Tony Awards"), never with a year the other article gives an event ("won an Emmy in
2005")."""

from __future__ import annotations

import re
from typing import Any

from desktop.core.lexicon.years import DATE_NOUNS, HAPPENING_POINTERS

_YEAR = re.compile(r"(1[89]|20)\d\d")
# "the March 2004 rampage": a month before the year labels the noun as the year alone does.
_MONTH_YEAR = re.compile(
    r"(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|may|"
    r"june|july|august|september|october|november|december)\s+(1[89]|20)\d\d",
    re.I,
)
_NOUN_TAGS = ("NOUN", "PROPN")
_PHRASE_TAGS = ("ADJ", "NOUN", "PROPN")
_OPENING_QUOTES = frozenset(['"', "“", "‘", "'"])


def labelled_noun(span: Any) -> str:
    """The lemma of the noun a bare year labels, or "" when the year stands on its own ("in
    2005", "2005 was a bad year", "in 2010 police arrested him")."""
    written = span.text.strip()
    if not (_YEAR.fullmatch(written) or _MONTH_YEAR.fullmatch(written)):
        return ""
    doc, i = span.doc, span.end
    if span.start > 0 and doc[span.start - 1].pos_ in ("ADP", "SCONJ"):
        return ""  # "in 2010 police arrested him": the year dates the clause
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1  # "2008's sexiest man alive"
    if i < len(doc) and doc[i].text in _OPENING_QUOTES:
        i += 1  # 2008's "sexiest man alive"
    # "the 2004 and 2005 Tony Awards": the next year shares the label.
    while i + 1 < len(doc) and doc[i].lower_ in ("and", "or") and _YEAR.fullmatch(doc[i + 1].text):
        i += 2
    head = ""
    while i < len(doc) and doc[i].pos_ in _PHRASE_TAGS and doc[i].ent_type_ != "DATE":
        if doc[i].pos_ in _NOUN_TAGS:
            head = doc[i].lemma_.lower()
        i += 1
    # "a 2000 incident where he stabbed his wife": the noun names no one happening of its own.
    # "a November 2012 release date": the date itself, as "a release date of November 2012" is
    # (what it dates: ``date_noun_dates``).
    return "" if head in HAPPENING_POINTERS or head in DATE_NOUNS else head


def date_noun_dates(span: Any) -> str:
    """The noun a date dates through the word "date": "release" for "a November 22, 2012 release
    date" and for "a release date of 22 November 2013", the very release "a November 2013
    release" labels; "" for any other date."""
    doc, i = span.doc, span.end
    while i < len(doc) and doc[i].pos_ in _PHRASE_TAGS and doc[i].ent_type_ != "DATE":
        if doc[i].lemma_.lower() in DATE_NOUNS:
            return dated_noun(doc[i])
        i += 1
    of = span.root.head
    if span.root.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in DATE_NOUNS:
        return ""
    return dated_noun(of.head)


def dated_noun(date_noun: Any) -> str:
    """The noun set before a date noun ("release" in "release date"); "" when none is ("the date
    of the vote")."""
    return next(
        (
            c.lemma_.lower()
            for c in date_noun.children
            if c.dep_ == "compound" and c.pos_ in _NOUN_TAGS and c.i < date_noun.i
        ),
        "",
    )
