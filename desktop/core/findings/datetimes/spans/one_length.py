"""A length of time is one measure whatever unit tells it: "18 months of probation" / "two years
of probation", "lost his license for six months" / "suspended for a year". The unit is the
writer's choice, as a metre or a foot is: a sentence that gives one length in months and another
in years gives two lengths, neither of them alone; and two lone lengths in two aligned sentences,
told in two units, are one claim when they last as one thing (both of the probation, both of the
license), never "18 months of probation" against "two years in prison"."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact
from desktop.core.lexicon.terms import SERVING_VERBS, TERM_WORDS
from desktop.core.lexicon.time_words import TIME_UNITS


def is_length_of_time(fact: Fact) -> bool:
    return fact.number is not None and fact.key.startswith("duration:")


def one_kind_of_measure(a: Fact, b: Fact) -> bool:
    """Both measure in one dimension, a length of time in any of its units."""
    if a.number is None or b.number is None:
        return False
    if is_length_of_time(a) and is_length_of_time(b):
        return True
    return a.number.dimension == b.number.dimension


def one_length_in_two_units(a: Fact, b: Fact) -> bool:
    """Two lengths of time in two units that name one thing lasting: a word beside both that is
    no unit of time ("probation", "license"), nor a verb that hands down any term: "sentenced to
    18 months of probation" / "sentenced to two years in prison" are two terms."""
    if not (is_length_of_time(a) and is_length_of_time(b)):
        return False
    return bool((a.slot.keys() & b.slot.keys()) - TIME_UNITS - TERM_WORDS - SERVING_VERBS)
