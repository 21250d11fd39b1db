"""Two places a sentence ties to two different steps of one life: "Barrow was born in Detroit and
turned professional in 1972" / "Barrow grew up in Chicago and turned pro in 1972".

Copies of one sentence may swap one step of a life for another along with its place: where a
person was born, grew up, lived, died or was buried are each their own fact, and a birthplace
beside a home town is no place told two ways. A place that follows the same step on both sides
("born in Detroit" / "born in Chicago") stays one claim with two answers.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.locations.life_places import native_of, where_it_happened
from desktop.core.lexicon.life_events import LIFE_STEP_PLACE_FORMS


def two_life_steps(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> bool:
    """``fa`` and ``fb`` follow the words of two different steps of a life."""
    a, b = _step(left, fa), _step(right, fb)
    return a is not None and b is not None and a != b


def _step(analysis: Analysis, place: Fact) -> str | None:
    """The step of a life whose word puts this place within a locative's reach before it."""
    tokens = analysis.sentence_tokens[place.sentence]
    if native_of(tokens, place):
        return "birth"  # "a native of Seville", "the Detroit-born fighter"
    steps = [
        t
        for t in tokens
        if t.end <= place.start
        and t.lower in LIFE_STEP_PLACE_FORMS
        and where_it_happened(tokens, t, place)
    ]
    return LIFE_STEP_PLACE_FORMS[steps[-1].lower] if steps else None
