"""The people a plural stands for and what stands outside a quotation, as a reader takes them:
"A and B were shot. Both died", "A and B were shot. They were taken to a hospital, where they
died" (the two named as one subject just before)."""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping
from typing import Any, TypeVar

from desktop.core.extraction.mentions import sentence_at
from desktop.core.extraction.parse_cache import parsed_text, sentence_bounds

P = TypeVar("P", bound=Hashable)

_QUOTES = re.compile(r"[\"\u201c\u201d]")


def both(
    token: Any, by_sentence: Mapping[int, list[tuple[int, P]]], starts: list[int]
) -> list[tuple[P, Any]]:
    """ "A and B were shot. Both (men) died", "The two are charged": a subject "both" or "the two"
    stands for the two people named just before it, when exactly two are; the token is the
    subject ("both", "two", or "men")."""
    subject = token.head if token.dep_ in ("det", "predet") else token
    if subject.dep_ not in ("nsubj", "nsubjpass") or quoted(subject):
        return []
    sentence = sentence_at(starts, token.idx)
    two = {p for start, p in by_sentence.get(sentence, ()) if start < token.idx}
    if not two:
        two = {p for _, p in by_sentence.get(sentence - 1, ())}
    return [(p, subject) for p in two] if len(two) == 2 else []


def they(
    token: Any, by_sentence: Mapping[int, list[tuple[int, P]]], starts: list[int]
) -> list[tuple[P, Any]]:
    """ "Ann Lee and Bo Ray were shot. They were taken to a hospital, where they died": a subject
    "they" outside quotation marks stands for the people the sentence before named, when it named
    them all as one subject ("Ann Lee and Bo Ray") and named no one else, and its own sentence
    names no one before it."""
    if token.dep_ not in ("nsubj", "nsubjpass") or quoted(token):
        return []
    sentence = sentence_at(starts, token.idx)
    if any(start < token.idx for start, _ in by_sentence.get(sentence, ())):
        return []
    group = {p for _, p in by_sentence.get(sentence - 1, ())}
    if len(group) < 2 or token.sent.start == 0:
        return []
    before = token.doc[token.sent.start - 1].sent
    subjects = [
        len([t, *t.conjuncts])
        for t in before
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
    ]
    return [(p, token) for p in group] if len(group) in subjects else []


def quoted(token: Any) -> bool:
    """Inside quotation marks: the speaker's "he" is not the reporter's."""
    # The sentence's own text: ``doc.text`` joins the whole document on every call.
    doc = token.doc
    before = parsed_text(doc)[doc[sentence_bounds(doc, token.i)[0]].idx : token.idx]
    marks = _QUOTES.findall(before)
    straight = sum(m == '"' for m in marks)
    opened = sum(m == "\u201c" for m in marks) - sum(m == "\u201d" for m in marks)
    return straight % 2 == 1 or opened > 0
