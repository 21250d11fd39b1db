"""A rank written as a number after "No" or "number": "the No 3 seed" / "seeded third", "World
No 2" / "the world number two" / "the second-ranked". The number names the same place in the
order the ordinal does, so it is told wherever an aligned sentence gives that ordinal."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.alignment.statement_partners import Partners
from desktop.core.lexicon import ORDINAL_WORDS

_NUMBERED = re.compile(r"\b(?:no\.?|number)\s*$", re.I)
_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b([a-z]+)\b", re.I)


def numbered_rank_told(fact: Fact, mine: Analysis, theirs: Analysis, partners: Partners) -> bool:
    if fact.number is None or fact.number.low != fact.number.high:
        return False
    before = mine.document.text[max(0, fact.start - 10) : fact.start]
    if not _NUMBERED.search(before):
        return False
    rank = int(fact.number.low)
    for j, _ in partners.get(fact.sentence, ()):
        sentence = theirs.sentences[j]
        told = theirs.document.text[sentence.start : sentence.end]
        for match in _ORDINAL.finditer(told):
            digits, word = match.groups()
            if (digits and int(digits) == rank) or (
                word and ORDINAL_WORDS.get(word.lower()) == rank
            ):
                return True
    return False
