"""A count in words of an order of magnitude told by a figure inside it: "Thousands of nurses went
on strike" / "About 4,500 nurses walked off the job", "dozens of homes" / "40 homes". The words
give the same count at a coarser precision, and neither is a fact the other article lacks.

Only inside the sentence shown as one statement with this one, and only of the same noun: a
figure outside what the words allow ("Hundreds of nurses" / "4,500 nurses"), or counting
another noun ("Thousands of patients"), keeps the mark.
"""

from __future__ import annotations

import re

from desktop.core.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.sentence_facts import facts_of
from desktop.core.findings.statement_partners import Partners

_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+)?([a-z]+)", re.I)


def vague_count_told(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    """This count is an order of magnitude in words ("Thousands of nurses"), and a statement
    partner counts the same noun with a figure inside it."""
    number = fact.number
    if number is None or number.bound != "vague" or number.dimension:
        return False
    noun = fact.counted or _noun_after(mine.document.text, fact.end)
    if not noun:
        return False
    for j, score in aligned.get(fact.sentence, ()):
        if score < tuning.STATEMENT_AGREE:
            continue
        for other in facts_of(theirs, j):
            their_number = other.number
            if (
                their_number is not None
                and their_number.bound != "vague"
                and not their_number.dimension
                and _singular(other.counted) == _singular(noun)
                and number.low <= their_number.low
                and their_number.high <= number.high
            ):
                return True
    return False


def _noun_after(text: str, end: int) -> str:
    match = _OF_NOUN.match(text, end)
    return match.group(1).lower() if match else ""


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
