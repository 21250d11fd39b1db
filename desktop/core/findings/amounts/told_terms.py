"""The term of a thing both articles tell: "the four-year, $90 million deal that Torii Hunter got"
/ "the $90 million guaranteed last year to Torii Hunter"; "a one-year contract extension and
another one-year extension" / "two contract extensions".

A duration written as a modifier ("four-year", "one-year") measures the thing its noun names (a
deal, a contract, an extension): it is a detail of that thing, as "guaranteed" is. Where the other
article tells the same thing, by the amount written beside the term in this article or by counting
the same things in the sentence aligned with this one, the term is a detail of a fact both tell,
not a fact only this article gives, and takes no yellow mark. A term of a thing the other article
never tells ("Sabathia agreed to a seven-year, $161-million deal") keeps its mark; two terms of one
thing are compared elsewhere, never excused here.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.sentence_facts import facts_of

Partners = dict[int, list[tuple[int, float]]]  # sentence -> aligned sentences of the other side

# "four-year", "10-year", "one-month": a span written as a modifier of the noun after it (not an
# age: "four-year-old" goes on).
_TERM = re.compile(r"[\w.]+-(?:year|month|week|day|season|game)", re.I)
# What may stand between the term and the amount of one noun phrase: "four-year, $90 million".
_BETWEEN = re.compile(r"[\s,]*")
# The weight a slot gives the noun a figure is read as measuring (its head noun), not merely a word
# near it: a fixed weight of the slot reader (claims.same_slot reads heads alike), not fitted.
_HEAD_WEIGHT = 1.0


def term_of_told_thing(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    if fact.number is None or not _TERM.fullmatch(fact.text):
        return False
    heads = {word for word, weight in fact.slot.items() if weight >= _HEAD_WEIGHT}
    return bool(heads) and (
        _amount_told(fact, mine, theirs) or _counted_there(heads, fact, theirs, aligned)
    )


def _amount_told(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """An amount of the same noun phrase ("four-year, $90 million deal") the other gives too."""
    text = mine.document.text
    for other in facts_of(mine, fact.sentence):
        if other is fact or other.number is None or other.key.startswith("duration:"):
            continue
        gap = (
            text[fact.end : other.start]
            if other.start >= fact.end
            else text[other.end : fact.start]
        )
        if _BETWEEN.fullmatch(gap) and any(f.key == other.key for f in theirs.facts):
            return True
    return False


def _counted_there(heads: set[str], fact: Fact, theirs: Analysis, aligned: Partners) -> bool:
    """The aligned sentence counts the things the term measures ("two contract extensions")."""
    for j, _score in aligned.get(fact.sentence, ()):
        for other in facts_of(theirs, j):
            number = other.number
            if number is None or number.dimension or other.key.startswith("duration:"):
                continue
            if other.counted in heads or any(other.slot.get(h, 0.0) >= _HEAD_WEIGHT for h in heads):
                return True
    return False
