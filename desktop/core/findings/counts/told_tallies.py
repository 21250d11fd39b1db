"""A tally told in words: "deadlocked at 9-3" / "nine in favor and three against".

A yellow mark says the other article does not report this fact anywhere (issue 8, item 4). A
vote, a score or a record written as two figures joined by a dash is told by a sentence of the
other article, aligned with this one as one statement, that gives both figures in words or
digits: the same count at the same precision, only spelled out. Only in that sentence: two
figures elsewhere may count anything else.

A tally written in one style and the very same two figures in the other ("approved her
nomination 14 to 8" / "backed Hadley 14-8") are the one tally written twice, told wherever the
other article writes it, as the same figure written twice is (``tally_written``).
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.findings.alignment.statement_partners import Partners, statement_partners

# "9-3", "52-3", "10–2": two whole figures joined by a dash, the whole of the fact's words.
_TALLY = re.compile(r"^\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*$")


# "14 to 8", "14-8": a tally in either style, the whole of the fact's words.
_EITHER_STYLE = re.compile(r"^\s*(\d{1,3})\s*(?:[-–]|to)\s*(\d{1,3})\s*$")


def tally_written(fact: Fact, their_text: str) -> bool:
    """The other article writes this tally's two figures, in this order, joined by a dash or by
    "to": "14 to 8" / "14-8". A figure run on into a longer one ("114-8", "14-8-2") or a
    decimal is another thing."""
    match = _EITHER_STYLE.match(fact.text)
    if match is None:
        return False
    first, second = match.groups()
    pattern = compiled(
        rf"(?<![\d.,\-–]){first}\s*(?:[-–]|to)\s*{second}(?![\d]|[.,]\d|\s*[-–]\s*\d)"
    )
    return pattern.search(their_text) is not None


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
