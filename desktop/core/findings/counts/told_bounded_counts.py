"""Counts told at another precision in an aligned sentence: a bound and the figure inside it
("more than 20 rounds" / "24 rounds"), and "at least one" told by the happening itself.

"Deputies seized more than ten rifles" / "deputies seized 12 rifles":
two sentences telling the same find, each counting the same thing, one bounding the count and
the other giving a figure the bound holds. Both report the find and its size at the precision
each gives; neither is a figure the other article leaves out (different bounds, "at least five"
/ "at least three", are the comparison passes' business and never meet here: one side must give
the figure as stated). A figure outside the bound ("more than ten" / "eight"), or a count of
something else ("12 pistols"), tells nothing here.

"The guard fired at least one shot" / "the guard drew his weapon and fired it": "at least
one" gives no figure, it says the thing happened. An aligned sentence writing what the count
hangs on (its noun or its verb, the words of the count's slot at full weight: "shot", "fire")
tells it. "At least one person was hurt" beside a sentence that speaks of the shots but of no
one hurt keeps its mark.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import NumberValue

Partners = dict[int, list[tuple[int, float]]]

# The bounds a count may carry and still be compared with a figure: not ranges or vague words.
_BOUNDS = frozenset({"lower", "upper"})


def bound_told_by_count(fact: Fact, theirs: Analysis, aligned: Partners) -> bool:
    """This count, or the other side's count of the same noun in an aligned sentence, is a
    bound, and the other is a figure as stated that the bound holds."""
    number = fact.number
    if number is None or fact.other_event or number.dimension or not fact.counted:
        return False
    sentences = {j for j, _ in aligned.get(fact.sentence, ())}
    for other in theirs.facts:
        theirs_number = other.number
        if (
            other.sentence not in sentences
            or theirs_number is None
            or other.other_event
            or theirs_number.dimension
            or other.counted != fact.counted
        ):
            continue
        if _holds(number, theirs_number) or _holds(theirs_number, number):
            return True
    return False


def _holds(bound: NumberValue, figure: NumberValue) -> bool:
    """``bound`` bounds a count ("more than ten") and ``figure`` is one stated figure inside it."""
    if bound.bound not in _BOUNDS or figure.bound or not figure.exact:
        return False
    if figure.low != figure.high:
        return False
    return bound.low <= figure.low <= bound.high and figure.low not in (bound.low, bound.high)


def at_least_one_told(fact: Fact, theirs: Analysis, aligned: Partners) -> bool:
    """This count is "at least one" (a lower bound of one), and an aligned sentence of the other
    side writes the noun or verb the count hangs on."""
    number = fact.number
    if number is None or fact.other_event or number.dimension:
        return False
    if number.bound != "lower" or number.low != 1 or not fact.slot:
        return False
    full = max(fact.slot.values())
    hangs_on = {word for word, weight in fact.slot.items() if weight == full}
    return any(
        hangs_on.intersection(theirs.sentence_words[j]) for j, _ in aligned.get(fact.sentence, ())
    )
