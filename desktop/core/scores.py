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
    """The figure is (part of) a score next to a word for a record or a result, or a score set
    off by commas after a name ("Bowe, 43-1,"): a tally of many games."""
    doc = span.doc
    end = span.end
    if (
        end + 1 < len(doc)
        and doc[end].text in _JOINERS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text.isdigit()
    ):
        end += 2  # "10" of "10-8": the model took the first figure alone
    start = span.start
    if (
        start >= 2
        and doc[start - 1].text in _JOINERS
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and doc[start - 2].text.isdigit()
    ):
        start -= 2  # "72" of "88-72": the model took the second figure alone
    if not _SCORE.fullmatch(doc[start:end].text.strip()):
        return False
    near = doc[max(span.sent.start, start - _REACH) : min(span.sent.end, end + _REACH)]
    apposed = start > 1 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN"
    return apposed or any(t.lemma_.lower() in RECORD_WORDS for t in near)


# A hyphen or a dash between the two figures of a score.
_JOINERS = frozenset(["-", "\u2013"])
_SCORE = re.compile(r"\d{1,3}\s*[-\u2013]\s*\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?")
# How many words either side of a score its record word may stand: "a record of 9-14" (2),
# "an 18-30 record" (1).
_REACH = 2
