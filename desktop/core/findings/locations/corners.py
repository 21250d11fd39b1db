"""A street corner told by its two streets: "near 7 Mile Road and Hayes", "at Hayes and Elm".

A name joined by "and" (or "&") to a street names the cross street of a corner, however the
gazetteer knows it: "Hayes" there is a street of the town, not a town in England. Such a name
says nothing of the town, state or country the story happens in.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon import STREET_WORDS

# How many words a street's name may take on either side of the "and": "7 Mile Road and".
_REACH = 4
_JOINS = frozenset({"and", "&"})


def cross_street(analysis: Analysis, fact: Fact) -> bool:
    tokens = analysis.sentence_tokens[fact.sentence]
    before = [t.lower for t in tokens if t.end <= fact.start]
    after = [t.lower for t in tokens if t.start >= fact.end]
    if before and before[-1] in _JOINS and _street(before[-1 - _REACH : -1]):
        return True  # "near 7 Mile Road and Hayes"
    own = fact.text.lower().split()
    if own and own[-1].strip(".") in STREET_WORDS:
        return False  # "Hayes Street" is a street already, and says so
    return bool(after) and after[0] in _JOINS and _street(after[1 : 1 + _REACH])


def _street(words: list[str]) -> bool:
    return any(w.strip(".") in STREET_WORDS for w in words)
