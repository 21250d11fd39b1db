"""A part told with its own deed counts those that did it: "Two of the victims were killed" tells
how many were killed, as "gunfire killed two people" does, and "Six of the train's eight
carriages derailed" how many carriages derailed, as "five of its carriages left the rails" does.

A part is otherwise no count of any group (``claims``): "one of them was arrested" says nothing
of how many were. It meets the other article's count only when both counts hang on the same verb
or state with full weight, and what the part is taken from is the thing the other counts (or a
pronoun for it): never its own whole ("eight carriages", which hangs on the verb a step away), a
part of another state ("three of the wounded died" counts no toll: the dead outside the wounded
are not in it), or a count of something else ("killed two officers").
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon import COUNT_SLOTS, SLOT_SYNONYMS

# The weight of a word the figure hangs on itself (its verb or its state), as against the words
# a step away ("the train" of "six of the train's carriages", 0.5; the group noun, 0.8).
_OWN_WORD = 1.0
# A part of one is no count a reader compares ("one of the victims was killed"): ``Fact.weak``.
_LEAST_PART = 2
# A pronoun stands for whatever group the other article names.
_ANY_GROUP = "them"


def part_of_one_deed(a: Fact, b: Fact) -> bool:
    """Both figures count those that did one deed, at least one of them as a part of a group."""
    parts = [f for f in (a, b) if f.part]
    if not parts or any(not _told_part(f) for f in parts):
        return False
    wholes = [f for f in (a, b) if not f.part]
    if any(f.weak or f.apart or f.number is None for f in wholes):
        return False
    groups = {f.part_of for f in parts} | {f.counted for f in wholes if f.counted}
    if len(groups - {_ANY_GROUP}) > 1:
        return False  # "two of the victims" / "two of the officers", "killed two officers"
    return bool(_deeds(a) & _deeds(b))


def deed_part(fact: Fact) -> bool:
    """A count of a group's members that did a deed ("Two of the victims were killed"): vague as
    a part (``Fact.weak``) but a count the whole article may give elsewhere (``across``)."""
    return fact.part and _told_part(fact) and bool(_deeds(fact))


def _told_part(fact: Fact) -> bool:
    """A part of a named group, at least two strong, the group no toll of its own."""
    return (
        bool(fact.part_of)
        and fact.number is not None
        and not fact.number.dimension  # "52 percent of the vote" is a share (``claims``)
        and fact.number.low >= _LEAST_PART
        and not fact.apart
        and SLOT_SYNONYMS.get(fact.part_of, fact.part_of) not in COUNT_SLOTS
    )


def _deeds(fact: Fact) -> set[str]:
    """The verbs and states a figure hangs on itself, the group it is taken from left out."""
    return {
        word for word, weight in fact.slot.items() if weight >= _OWN_WORD and word != fact.part_of
    }
