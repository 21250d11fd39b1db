"""The one of two people just aged that a comparative picks out: "encountered two men; a
46-year-old and a 24-year-old. The younger man was shot in the back" tells the 24-year-old's
wound.

"The younger" and "the older" (or "the elder") compare exactly two people; as a sentence's subject
they stand for one of the two people last aged, as a pronoun stands for the person just named,
however many sentences that age no one come between ("and the suspect shot both men"). With one age,
or three ("the youngest"), or no person after the comparative ("the younger children"), nothing is
picked out.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.wounds import COMPARED_PEOPLE, OLDER_WORDS, YOUNGER_WORDS


def compared_ages(analysis: Analysis, sentence: int, aged: Callable[[Fact], bool]) -> list[Fact]:
    """The age facts, in the last sentence before that ages anyone, of the one person ``sentence``'s
    opening "the younger"/"the older" stands for; [] when it opens otherwise or that sentence ages
    other than two people."""
    words = [t.lower for t in analysis.sentence_tokens[sentence][:3]]
    if sentence == 0 or len(words) < 3 or words[0] != "the" or words[2] not in COMPARED_PEOPLE:
        return []
    if words[1] not in YOUNGER_WORDS | OLDER_WORDS:
        return []
    before = _last_aged(analysis, sentence, aged)
    values = {f.number.centre for f in before if f.number is not None}
    if len(values) != 2:
        return []
    picked = min(values) if words[1] in YOUNGER_WORDS else max(values)
    return [f for f in before if f.number is not None and f.number.centre == picked]


def _last_aged(analysis: Analysis, sentence: int, aged: Callable[[Fact], bool]) -> list[Fact]:
    """The age facts of the nearest sentence before ``sentence`` that has any, within
    ``_LOOK_BACK`` sentences."""
    for before in range(sentence - 1, max(-1, sentence - 1 - _LOOK_BACK), -1):
        found = [f for f in analysis.facts if f.sentence == before and f.number is not None]
        if any(aged(f) for f in found):
            return [f for f in found if aged(f)]
    return []


# How many sentences back the two people a comparative picks from may be aged: a paragraph's
# worth, as a pronoun's person may be named.
_LOOK_BACK = 3
