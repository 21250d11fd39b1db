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
        return _date_of(span)
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
    head, head_token = "", None
    while i < len(doc) and doc[i].pos_ in _PHRASE_TAGS and doc[i].ent_type_ != "DATE":
        if doc[i].pos_ in _NOUN_TAGS:
            head, head_token = doc[i].lemma_.lower(), doc[i]
        i += 1
    if head in DATE_NOUNS:
        return dated_noun(head_token)  # "a November 2012 release date": the release's date
    # "a 2000 incident where he stabbed his wife": the noun names no one happening of its own.
    return "" if head in HAPPENING_POINTERS else head


def dated_noun(date_noun: Any) -> str:
    """The noun a date noun dates: "release" in "a November 2012 release date" and in "a release
    date of 22 November 2013", the very release "a November 2013 release" labels; "" for a date
    noun no noun is set before ("the date of the vote")."""
    return next(
        (
            c.lemma_.lower()
            for c in date_noun.children
            if c.dep_ == "compound" and c.pos_ in _NOUN_TAGS and c.i < date_noun.i
        ),
        "",
    )


def _date_of(span: Any) -> str:
    """ "a release date of 22 November 2013": the date given after "date of" dates the noun set
    before "date", as the same date set before it does."""
    of = span.root.head
    if span.root.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in DATE_NOUNS:
        return ""
    return dated_noun(of.head)
