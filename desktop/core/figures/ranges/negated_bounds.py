"""A bound said under a negation is the opposite bound: "no other offer was more than seven years"
is a ceiling, not a floor.

"more than seven years" alone says the figure is above seven. In a clause that its verb ("did not
run more than five years") or its subject ("no other offer was", "none of the teams offered")
negates, it says what is not so: every such offer is seven years or less. Read as a floor, the
sentence would agree with any longer term ("an eight-year offer") and "none more than eight" would
agree with "none more than seven"; read as the ceiling it states, the first clashes and the
second gives two different ceilings.
"""

from __future__ import annotations

import math
from typing import Any

from desktop.core.figures.numbers.values import NumberValue
from desktop.core.lexicon.negation import NEGATIVE_DETERMINERS, NEGATIVE_SUBJECTS

_SUBJECTS = ("nsubj", "nsubjpass")
# How many steps up the parse the clause with a subject is looked for: "years" / "be" /
# "thought" in "no other offer was thought to be more than seven years".
_CLAUSE_REACH = 5


def as_negated(value: NumberValue, span: Any) -> NumberValue:
    """The bound as the clause states it: a negated floor is a ceiling at the same figure, a
    negated ceiling a floor; anything else as it is."""
    if value.bound not in ("lower", "upper") or not negated_clause(span):
        return value
    if value.bound == "lower":
        return NumberValue(0.0, value.low, value.dimension, False, "upper")
    return NumberValue(value.high, math.inf, value.dimension, False, "lower")


def negated_clause(span: Any) -> bool:
    """The clause of the span, up to the first verb with a subject, is negated by its verb or by
    its subject."""
    token = span.root
    for _ in range(_CLAUSE_REACH):
        if token.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "neg" for c in token.children):
                return True
            subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
            if subjects:
                return any(_negative(s) for s in subjects)
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _negative(subject: Any) -> bool:
    return subject.lower_ in NEGATIVE_SUBJECTS or any(
        c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS for c in subject.children
    )
