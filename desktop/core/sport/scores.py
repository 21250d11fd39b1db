"""Scores and win-loss records: "a 10-8 round", "a record of 9-14", "Bowe, 43-1, 33 KOs".

A record sums many games and changes with each: two articles written on two days give two
records, and a judge's score of one round counts no rounds. A figure that is part of a score
("10" of "10-8", however much of it the model took) beside a word for a record or a result is
no count of the story: like a share of a group it is set against no count, and only a swap in
two sentences told alike shows it changed ("opened 9-14" edited to "opened 16-14").
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.lexicon import RECORD_WORDS


def a_record(span: Any) -> bool:
    """The figure is (part of) a score next to a word for a record or a result, a score set off
    after a name ("Bowe, 43-1,", "Rahman (45-7-2, 36 KOs)"), or a tally of wins, losses and
    draws ("45-7-2"), which no single game has: a tally of many games."""
    doc = span.doc
    start, end = span.start, span.end
    # The model may take one figure of "10-8" or "45-7-2" alone: take in the glued rest.
    while end + 1 < len(doc) and _glued(doc[end - 1], doc[end]) and doc[end + 1].text.isdigit():
        end += 2
    while start >= 2 and _glued(doc[start - 2], doc[start - 1]) and doc[start - 2].text.isdigit():
        start -= 2
    score = doc[start:end].text.strip()
    if not _SCORE.fullmatch(score):
        return False
    if len(re.findall(r"\d+", score)) == 3:
        return True  # wins, losses and draws
    near = doc[max(span.sent.start, start - _REACH) : min(span.sent.end, end + _REACH)]
    apposed = start > 1 and doc[start - 1].text in (",", "(") and doc[start - 2].pos_ == "PROPN"
    return apposed or any(t.lemma_.lower() in RECORD_WORDS for t in near)


def _glued(before: Any, joiner: Any) -> bool:
    """A hyphen or dash written between two figures with no space: "10-8", not "10 - 8"."""
    return joiner.text in _JOINERS and not before.whitespace_ and not joiner.whitespace_


# A hyphen or a dash between the two figures of a score.
_JOINERS = frozenset(["-", "\u2013"])
_SCORE = re.compile(r"\d{1,3}\s*[-\u2013]\s*\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?")
# How many words either side of a score its record word may stand: "a record of 9-14" (2),
# "an 18-30 record" (1).
_REACH = 2
