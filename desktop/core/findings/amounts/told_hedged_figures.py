"""A rounded figure told as another figure in a sentence the alignment pairs or relates with it:
"about 60,000 households" / "around 61,000 homes", "about 420 metres underground" / "roughly
400 m below the surface", "more than 1,000 residents" / "about 1,200 people". Each writer
rounded the one figure their own way; neither is a fact the other article lacks.

The pairing of the two sentences stands in for the shared context word that
``told_figures.bounded_measure_told`` asks for ("underground" / "below the surface" share none),
so the test is narrower on the figures: one side at least rounds ("about", "roughly"), both can be true
together (``numbers_compatible``, each hedge's own leeway), and the two stated figures lie close
(``HEDGED_FIGURE_RATIO``), so "more than 40 aftershocks" / "more than 120" stays marked. A
measure with its unit ("about 60 metres" / "roughly 200 feet") is distinctive enough to be found
anywhere in the other article, as ``told_elsewhere`` finds the same value anywhere; a bare count
is sought only in the sentences told alongside its own.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import NumberValue, numbers_compatible
from desktop.core.findings import tuning
from desktop.core.model import MentionType

Partners = dict[int, list[tuple[int, float]]]


def hedged_figure_in_partner(
    fact: Fact, theirs: Analysis, aligned: Partners, near: dict[int, set[int]]
) -> bool:
    """``fact`` is told, at another precision, by a figure of its kind: a measure anywhere, a count
    in an aligned sentence (``aligned``) or one related to it (``near``, ``related_sentences``)."""
    number = fact.number
    if number is None or fact.other_event or fact.part or fact.gap or not _distinctive(number):
        return False
    if fact.type is MentionType.MONEY:
        # A sum is written to the unit its writer knows: "about £38 million" / "£36m" are two
        # sums (test_a_sum_told_about_and_exactly), told alike only at one value (hedged_count_told).
        return False
    sentences = {s for s, _ in aligned.get(fact.sentence, [])} | near.get(fact.sentence, set())
    return any(
        (other.sentence in sentences or bool(number.dimension))
        and other.number is not None
        and not other.other_event
        and not other.part
        and not other.gap
        and other.type is not MentionType.MONEY
        and _close(number, other.number)
        for other in theirs.facts
    )


def _distinctive(number: NumberValue) -> bool:
    """A measure, or a count from DISTINCTIVE_FIGURE up: small counts turn up all over a story."""
    stated = number.stated
    if len(stated) != 1:
        return False  # a range ("40 to 70") is a precision of its own, left to the comparison
    return bool(number.dimension) or stated[0] >= tuning.DISTINCTIVE_FIGURE


def _close(a: NumberValue, b: NumberValue) -> bool:
    if a.dimension != b.dimension or "approx" not in (a.bound, b.bound):
        # Only a rounding word ("about", "roughly", "nearly") says the writer rounded: two
        # plain figures are compared by the passes that pair counts, and two bounds ("up to 3.8
        # GHz" / "up to 4.1 GHz") can both be true of two different things.
        return False
    if len(b.stated) != 1 or not numbers_compatible(a, b):
        return False
    low, high = sorted((abs(a.stated[0]), abs(b.stated[0])))
    return low > 0 and high / low <= tuning.HEDGED_FIGURE_RATIO
