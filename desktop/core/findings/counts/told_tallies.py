"""A tally told in words: "deadlocked at 9-3" / "nine in favor and three against".

A yellow mark says the other article does not report this fact anywhere (issue 8, item 4). A
vote, a score or a record written as two figures joined by a dash is told by a sentence of the
other article, aligned with this one as one statement, that gives both figures in words or
digits: the same count at the same precision, only spelled out. Only in that sentence: two
figures elsewhere may count anything else.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.alignment.statement_partners import Partners, statement_partners

# "9-3", "52-3", "10–2": two whole figures joined by a dash, the whole of the fact's words.
_TALLY = re.compile(r"^\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*$")


def tally_told_in_words(fact: Fact, theirs: Analysis, partners: Partners) -> bool:
    match = _TALLY.match(fact.text)
    if match is None:
        return False
    wanted = Counter([float(match.group(1)), float(match.group(2))])  # "7-7": seven twice
    for sentence in statement_partners(fact, theirs, partners):
        given = Counter(
            f.number.low
            for f in theirs.facts
            if sentence.start <= f.start < sentence.end
            and f.number is not None
            and f.number.exact
            and f.number.low == f.number.high
        )
        if not wanted - given:
            return True
    return False
