"""A part of a city against the city: "in the Austin neighborhood" / "in Chicago", "in
Dorchester, Boston police said" / "in Boston". A neighborhood's name is often a town's elsewhere
(an Englewood, an Austin, a Germantown lie far from Chicago or Philadelphia), so the gazetteer
cannot say that one lies in the other; the article's own words can. A place it tells as part of
a city, or that the city's police place there, is the other article's city at a finer precision,
never another place."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.locations.locative import one_scene
from desktop.core.lexicon.city_parts import CITY_FORCES, CITY_PART_NOUNS
from desktop.core.locations.places import is_known_place, is_region
from desktop.core.model import MentionType
from desktop.core.naming.names import fold

_PLACES = (MentionType.PLACE,)


def part_and_city(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """One side tells its place as a part of a city and the other names a city (not a part)."""
    (left, fa), (right, fb) = a, b
    if fa.type not in _PLACES or fb.type not in _PLACES or is_region(fa.key) or is_region(fb.key):
        return False
    return any(
        not told_as_part(theirs, fy)
        and any(told_as_part(mine, f) and _placed_in(mine, f, fy) for f in _mentions(mine, fx))
        for (mine, fx), (theirs, fy) in (((left, fa), (right, fb)), ((right, fb), (left, fa)))
    )


def _mentions(analysis: Analysis, fact: Fact) -> list[Fact]:
    """The place here and wherever else its article names it: "in the Englewood neighborhood"
    early on makes a later "in Englewood" the same part of the city."""
    return [fact, *(f for f in analysis.facts if f.key == fact.key and f is not fact)]


def told_as_part(analysis: Analysis, fact: Fact) -> bool:
    """ "the Austin neighborhood", "the city's Englewood section", "in Dorchester, Boston police
    said": a place inside some city."""
    tokens = analysis.sentence_tokens[fact.sentence]
    after = [t.lower for t in tokens if t.start >= fact.end][:1]
    before = [t.lower for t in tokens if t.end <= fact.start][-2:]
    if after and after[0] in CITY_PART_NOUNS:
        return True
    return before == ["city", "'s"] or _city_of(analysis, fact) != ""


def _placed_in(analysis: Analysis, fact: Fact, city: Fact) -> bool:
    """The other side's city is the one this side places its part in, or its part's own city
    is unnamed ("the Austin neighborhood", "the city's West Side")."""
    known = _city_after(analysis, fact)
    if known is not None:
        # "the East Flatbush neighborhood in Brooklyn": the article names the part's city, and
        # the other's city must be that one (or lie with it), not any city at all.
        return known.key == city.key or one_scene(known.key, city.key)
    named = _city_of(analysis, fact)
    return named == "" or named in fold(city.text).split() or fold(city.text) == named


def _city_after(analysis: Analysis, fact: Fact) -> Fact | None:
    """The known city a part is told in: "the East Flatbush neighborhood in Brooklyn"."""
    tokens = [t for t in analysis.sentence_tokens[fact.sentence] if t.start >= fact.end]
    if len(tokens) < _PART_IN or tokens[0].lower not in CITY_PART_NOUNS:
        return None
    if tokens[1].lower not in _PART_PREPOSITIONS:
        return None
    return next(
        (
            f
            for f in analysis.facts
            if f.sentence == fact.sentence
            and f.start == tokens[2].start
            and f.type in _PLACES
            and is_known_place(f.key)
        ),
        None,
    )


# "neighborhood in Brooklyn": the part noun, the preposition and the city's first word.
_PART_IN = 3
_PART_PREPOSITIONS = frozenset(["in", "of"])


def _city_of(analysis: Analysis, fact: Fact) -> str:
    """The city whose police tell of the place in its sentence ("Boston police said"); "" when
    none does."""
    text = analysis.document.text
    sentence = analysis.sentences[fact.sentence]
    words = text[sentence.start : sentence.end]
    for match in _FORCE.finditer(words):
        city = fold(match.group(1))
        if city and city != fold(fact.text):
            return city
    return ""


_FORCE = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:" + "|".join(sorted(CITY_FORCES)) + r")\b"
)
