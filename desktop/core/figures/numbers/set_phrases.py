"""A number word that is a word of a set phrase ("threw a pick six", "the zero-day flaw")
counts nothing, so it is no figure to compare or to mark as told by one article only.

The phrases are in ``lexicon/set_phrases.py``; a phrase counts only when the tagged numeral is
one of its words and counts no noun after it, so "pick six players" and "six picks" stay counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from desktop.core.extraction.parse_cache import sentence_bounds
from desktop.core.figures.numbers.values import parse_number
from desktop.core.lexicon import ORDINAL_WORDS
from desktop.core.lexicon.set_phrases import NUMBER_SET_PHRASES

_LONGEST = max(len(phrase) for phrase in NUMBER_SET_PHRASES)
_JOINERS = re.compile(r"[-/]")
_PHRASE_WORDS = frozenset(word for phrase in NUMBER_SET_PHRASES for word in phrase)


def _by_first_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[0], []).append(phrase)
    return out


# Only the phrases a word opens are tried from it: one dictionary look per word of the window,
# not every phrase at every word.
_OPENED_BY = _by_first_word(NUMBER_SET_PHRASES)


def in_a_set_phrase(span: Any) -> bool:
    """The span's numeral is a word of a set phrase that stands around it."""
    if not any(w in _PHRASE_WORDS for t in span for w in _said(t.lower_).split()):
        return False  # the numeral is no word of any phrase: nothing around it can make one
    doc = span.doc
    sent_start, sent_end = sentence_bounds(doc, span.start)
    first = max(span.start - _LONGEST + 1, sent_start)
    last = min(span.end + _LONGEST - 1, sent_end)
    words: list[tuple[str, int]] = []
    for token in doc[first:last]:
        words += [(w, token.i) for w in _said(token.lower_).split()]
    for start, (opening, _) in enumerate(words):
        for phrase in _OPENED_BY.get(opening, ()):
            run = words[start : start + len(phrase)]
            if tuple(w for w, _ in run) != phrase:
                continue
            if not any(span.start <= i < span.end and _numeral(w) for w, i in run):
                continue
            if _numeral(run[-1][0]) and _noun_after(doc, run[-1][1], sent_end):
                continue  # "they pick six players": the numeral counts the noun after it
            return True
    return False


def word_in_set_phrase(words: Sequence[str], at: int) -> bool:
    """The word at ``at`` (lower case, one token each) is a word of a set phrase whose last word
    is no numeral: "the third time's the charm", "at the eleventh hour". For readers that walk a
    sentence's words rather than the parse ("ordinal_pairs")."""
    said = [_said(w).strip() for w in words]
    for phrase in NUMBER_SET_PHRASES:
        if _numeral(phrase[-1]):
            continue  # "pick six", "cloud nine": the span reader tells them from counts
        for start in range(max(at - len(phrase) + 1, 0), at + 1):
            if tuple(said[start : start + len(phrase)]) == phrase:
                return True
    return False


def _said(word: str) -> str:
    """A word as the phrases are written: hyphens as spaces, a curly apostrophe straight, an
    ordinal in digits as its word ("another 11th hour Bush regulation" is the eleventh hour, a
    last moment, as the same article's "eleventh-hour" is)."""
    return " ".join(
        _ORDINAL_SAID.get(w, w) for w in _JOINERS.sub(" ", word.replace("\u2019", "'")).split()
    )


# An ordinal in digits as its word: "11th" -> "eleventh", for the phrases written in words.
_ORDINAL_SAID = {f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}": w
                 for w, n in ORDINAL_WORDS.items()}  # fmt: skip


def _noun_after(doc: Any, i: int, end: int) -> bool:
    return i + 1 < end and doc[i + 1].pos_ in ("NOUN", "PROPN")


def _numeral(word: str) -> bool:
    return parse_number(word) is not None or word in ORDINAL_WORDS
