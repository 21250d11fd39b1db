"""A bound and a figure inside it can both be true: "more than ten rifles" / "12 rifles", "dozens
of people" / "about 40 people", "up to 30" / "25".

A floor, a ceiling or a vague word tells where a figure lies, not which it is, so a figure that
lies there is no other account of it. Two bounds ("at least three" / "at least five") are two
accounts of one figure, each as far as its writer knew: those stay apart, a weak conflict.
"""

from __future__ import annotations

from desktop.core.figures.numbers.values import NumberValue, numbers_compatible

# The bounds that tell where a figure lies without giving it.
_LOOSE_BOUNDS = frozenset({"lower", "upper", "vague"})


def bound_holds(a: NumberValue, b: NumberValue) -> bool:
    """One side is a bound or a vague word, the other a figure it holds (or, for a vague word,
    any figure it allows)."""
    if "vague" in (a.bound, b.bound):
        return numbers_compatible(a, b) is True
    loose = [v for v in (a, b) if v.bound in _LOOSE_BOUNDS]
    told = [v for v in (a, b) if v.exact]
    return len(loose) == 1 and len(told) == 1 and numbers_compatible(a, b) is True
