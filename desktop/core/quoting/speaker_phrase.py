"""A speaker's words: the noun phrase a verb of speech has for its subject, as a reader would
quote it ("a spokesman for the fire department", "Mayor John Smith", "Sgt. Mark Lee")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.core.extraction.parse_cache import parsed_entities
from desktop.core.lexicon.titles import HONORIFICS

# The longest speaker description kept, in words ("a spokesman for the county sheriff's office").
MAX_SPEAKER_WORDS = 9

_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    start: int
    end: int
    inferred: bool = False


def name_after_rank(doc: Any, head: Any) -> Speaker | None:
    """The name a rank's full stop cut off from its subject: the parser may end the sentence at
    "Sgt." in "said Sgt. Mark Lee of the county sheriff's office", leaving "Sgt" as the speaker.
    The name runs on through further ranks ("Det. Sgt. John Ray") to its last capitalised word,
    with a short "of/for ..." phrase after it."""
    if head.lower_ not in HONORIFICS or head.i + 2 >= len(doc) or doc[head.i + 1].text != ".":
        return None
    i = head.i + 2
    while i + 1 < len(doc) and doc[i].lower_ in HONORIFICS and doc[i + 1].text == ".":
        i += 2
    last = None
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        last = doc[i]
        i += 1
    return None if last is None else describe(doc, last)


def describe(doc: Any, head: Any) -> Speaker:
    """The speaker's words: the noun phrase of the subject ("a police spokesman", "Mayor John
    Smith"), extended by a short "for/of/at ..." phrase ("a spokesman for the fire department")."""
    left = head.left_edge.i
    right = head.i
    named = [c for c in head.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if head.ent_type_ != "PERSON" and named:
        if named[0].left_edge.i - head.i > 2:
            # "The head of the private sector union, Giannis Lakis, said": a role that long is
            # not quoted with the name; the name it gives is who speaks.
            left = named[0].left_edge.i
        # "The harbour master, Sam Ortiz, said": the role and the name it gives.
        head = named[0]
        right = head.i
    partners = [c for c in head.rights if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    if (
        head.ent_type_ != "PERSON"
        and not named
        and partners
        and not any(c.dep_ in ("det", "poss") for c in head.lefts)
        and words(doc, left, partners[0].i) <= MAX_SPEAKER_WORDS
    ):
        # "Nokia president and chief executive Ellen Park said": two titles of one person, the
        # second ending in the name; the name is who speaks, the titles describe him. With an
        # article, "the mayor and Sheriff Tom Jones" are two people.
        head = partners[0]
        right = head.i
        partners = [c for c in head.rights if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    if (
        head.ent_type_ == "PERSON"
        and partners
        and words(doc, left, partners[0].i) <= MAX_SPEAKER_WORDS
    ):
        # "Producers Craig Zadan and Neil Meron said": both speak.
        head = partners[0]
        right = head.i
    preps = [c for c in head.rights if c.dep_ == "prep"]
    if (
        preps
        and preps[0].i == head.i + 1
        and preps[0].lower_ in ("for", "of", "at", "with")
        and words(doc, left, preps[0].right_edge.i) <= MAX_SPEAKER_WORDS
    ):
        right = preps[0].right_edge.i
    # Too long a description loses words from its start, a whole word at a time: "the
    # 33-year-old actress's rep Jack Ketsoyan" never starts at "year-old".
    while left < right and (
        words(doc, left, right) > MAX_SPEAKER_WORDS
        or doc[left].is_punct
        or doc[left].is_space
        or mid_word(doc, left)
    ):
        left += 1
    span = doc[left : right + 1]
    return Speaker(span.text, span.start_char, span.end_char)


def mid_word(doc: Any, i: int) -> bool:
    """Whether token ``i`` continues a word begun before it ("year" in "33-year-old")."""
    before = doc[i - 1] if i > 0 else None
    return (
        before is not None
        and not before.whitespace_
        and (before.text[-1:].isalnum() or before.text in ("-", "–", "'", "’"))
    )


def words(doc: Any, first: int, last: int) -> int:
    """How many words tokens first..last hold, as a reader counts them ("33-year-old" is one)."""
    return len(_WORD.findall(doc[first : last + 1].text.replace("-", "")))


def name_after_quote(doc: Any, first: int, verb: Any) -> Speaker | None:
    """'"...," Harold L. Child Jr., legal attache to the embassy in Japan, told Nixon': a
    person's name right after the closing mark, before the verb of speech, is who speaks, though
    the parser hung it on a noun inside the quote as an apposition and gave the verb a subject
    inside the marks."""
    while first < verb.i and doc[first].is_punct:
        first += 1
    ent = next((e for e in parsed_entities(doc) if e.start == first and e.label_ == "PERSON"), None)
    if ent is None or ent.end > verb.i:
        return None
    return Speaker(ent.text, ent.start_char, ent.end_char)
