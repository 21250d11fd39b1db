"""Where two matching sentences say something happened, each in its own locative words.

"in Mumbai" / "in the city of Delhi", "off the coast of Indonesia" / "off the Philippines coast":
the place of the event need not follow the same preposition on both sides to answer the same
question.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.locations.town_written_in import written_in
from desktop.core.lexicon import (
    NOT_PLACES,
    STREET_WORDS,
    TAKEN_TO_NOUNS,
    TOWN_HOLDING_AREAS,
    VICINITY_WORDS,
)
from desktop.core.lexicon.city_parts import LANDMARK_WORDS, VICINITY_PREPOSITIONS
from desktop.core.locations.places import (
    distance_km,
    is_known_place,
    is_region,
    namesakes_apart_km,
    nested,
    population,
    region_rank,
    regions_of,
    within,
)
from desktop.core.naming.names import fold


def finest(places: list[Fact]) -> list[Fact]:
    """ "the Afghan city of Kandahar", "Mannheim, Germany": a country or state that holds another
    place of the same sentence only says where that place lies; the finer place is the claim."""
    return [f for f in places if not any(within(other.key, f.key) for other in places)]


def at_one_rank(
    a: tuple[list[Fact], list[Fact]], b: tuple[list[Fact], list[Fact]]
) -> tuple[list[Fact], list[Fact]]:
    """ "born in Nashville, Tennessee" / "born in Colorado": a town set against a state or a
    country meets it at the rank the other gives, so the state its sentence names it in is
    quoted with it. Each side is (its places, the finest of them)."""
    (a_all, a_fine), (b_all, b_fine) = a, b
    fa, fb = a_fine[0], b_fine[0]
    if is_region(fa.key) == is_region(fb.key):
        return a_fine, b_fine
    if is_region(fb.key):
        return a_fine + [f for f in a_all if f not in a_fine and within(fa.key, f.key)], b_fine
    return a_fine, b_fine + [f for f in b_all if f not in b_fine and within(fb.key, f.key)]


def both_locate(
    fa: Fact, fb: Fact, analyses: tuple[Analysis, Analysis], pair: SentencePair
) -> bool:
    """ "at a market in Mumbai" / "at a market in the city of Delhi", "in Galveston" / "hit the city
    of Corpus Christi", "off the coast of Indonesia" / "off the Philippines coast": each matching
    sentence says where it happened, each with its own locative words. Two such places known to the
    gazetteer at the same rank, neither lying in the other, are two answers to one question."""
    if not (is_known_place(fa.key) and is_known_place(fb.key)):
        return False
    if is_region(fa.key) != is_region(fb.key) or nested(fa.key, fb.key):
        return False
    return locates(analyses[0].sentence_tokens[pair.left], fa) and locates(
        analyses[1].sentence_tokens[pair.right], fb
    )


def locates(tokens: Sequence[Token], fact: Fact) -> bool:
    """The place says where: after a locative preposition ("in", "at", "off"), as what a
    noun of place is of ("the city of Delhi", "the coast of Indonesia"), or before such a noun
    ("the Philippines coast")."""
    before = [t.lower for t in tokens if t.end <= fact.start][-3:]
    if before[-1:] == ["the"]:
        before = before[:-1]
    after = [t.lower for t in tokens if t.start >= fact.end][:1]
    if before and before[-1] in _LOCATIVE_PREPOSITIONS:
        return True
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _PLACE_KIND_NOUNS:
        return True
    return bool(after) and after[0] in _PLACE_KIND_NOUNS


# Prepositions that say where something happened ("in", "at", "off"); not "from" or "to", which
# say where someone came from or went, nor "near" or "outside": a party "in Decatur" is "near
# Atlanta", so a place in the vicinity is never another answer.
_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "off", "inside"})
# Nouns of a kind of place: "the city of Delhi", "the Philippines coast".
_PLACE_KIND_NOUNS = (NOT_PLACES - {"north", "south", "east", "west", "map"}) | {
    "coast",
    "coastline",
    "shore",
    "capital",
}


def kind_phrase_preposition(tokens: Sequence[Token], offset: int) -> str | None:
    """The preposition a place named as what a noun of place is of stands after: "in" for
    "Homs" in "in the Syrian city of Homs", as for "in Hama"; None when the place follows no
    such noun. The kind noun and its words ("the Syrian city of") change nothing of where."""
    before = [t.lower for t in tokens if t.end <= offset]
    if len(before) < 3 or before[-1] != "of" or before[-2] not in _PLACE_KIND_NOUNS:
        return None
    for word in reversed(before[-2 - _KIND_PHRASE_WORDS : -2]):
        if word in _PLACE_PREPOSITIONS:
            return word
    return None


# Words a kind noun may carry before it: "the war-torn northern Syrian city of".
_KIND_PHRASE_WORDS = 4
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "off", "outside", "inside"})


def nearby(a: str, b: str) -> float | None:
    """How far apart two towns lie when they are close enough to be one scene told at two
    precisions ("Horn Lake" / "Memphis", "Cicero" / "Chicago": a suburb and the city beside it);
    None when they are not, or when either is a country or state (containment says that)."""
    if is_region(a) or is_region(b):
        return None
    km = distance_km(a, b)
    return km if km is not None and km <= tuning.NEAR_PLACE_KM else None


def part_of_city(inner: str, outer: str) -> bool:
    """A district the city beside it dwarfs ("Tottenham" / "London", "Hollywood" / "Los
    Angeles"): told as the city, it is the same scene at the city's precision. Two cities of a
    size side by side ("Oakland" / "San Francisco") stay two places."""
    if nearby(inner, outer) is None:
        return False
    small, large = population(inner), population(outer)
    return small is not None and large is not None and small * tuning.CITY_PART_SHARE <= large


def may_hold(a: str, b: str) -> bool:
    """One is an area that holds towns and the other is not ("Shelby County" / "Memphis",
    "Shelby County" / "Tennessee"): the town may lie in it, or it in the state. Two counties
    are two places."""
    return _holds_towns(a) != _holds_towns(b)


def _holds_towns(name: str) -> bool:
    words = name.partition(":")[2].split() if name.startswith("place:") else name.lower().split()
    return bool(words) and words[-1] in TOWN_HOLDING_AREAS


def one_scene(a: str, b: str) -> bool:
    """One place lies in the other (or may: a county), or the two are a suburb and its city."""
    return nested(a, b) or may_hold(a, b) or nearby(a, b) is not None


def town_outside(a: Fact, b: Fact, analyses: tuple[Analysis, Analysis]) -> bool:
    """A town and a region (country or US state), the town known to lie only outside it: "in
    reclusive Toronto" / "in Turkmenistan". The region is none of the town's regions and holds
    none of them, and the region's lead names none of them either ("in Oman and the United
    Arab Emirates" may hold "in Dubai"); a country its body names for another reason ("The U.S.
    is courting Turkmenistan") holds nothing of the lead's event. A town the gazetteer knows in
    no region may lie anywhere."""
    town_first = is_region(b.key) and not is_region(a.key)
    (town, region), other = ((a, b), analyses[1]) if town_first else ((b, a), analyses[0])
    if is_region(town.key) or not is_region(region.key):
        return False
    if written_in(town, region, analyses):
        return False  # "the small town of Hamburg Iowa": a namesake the gazetteer lacks
    if region_rank(region.key) == "state" and namesakes_apart_km(town.key) > tuning.NEAR_PLACE_KM:
        # "Palmer": a town of Massachusetts and of Alaska, so either state's; which country the
        # namesakes lie in the distances do not say, so "Manchester" stays outside Turkmenistan
        return False
    holders = regions_of(town.key)
    name = region.key.partition(":")[2]
    named = {
        f.key.partition(":")[2]
        for f in other.facts
        if f.key.startswith("place:") and f.sentence < tuning.LEAD_SENTENCES
    }
    return (
        bool(holders)
        and name not in holders
        and not any(within(h, name) for h in holders)
        and not holders & named
    )


def a_street(fact: Fact) -> bool:
    """ "High Street", "Lagrange Street", "Olive Avenue": a place that lies in some town."""
    words = fold(fact.text).split()
    return len(words) > 1 and words[-1] in STREET_WORDS


def region_frame(frame: tuple[str, ...]) -> bool:
    """ "Baytown, Texas" / "Beaumont, Texas": a state or country written beside a town says
    where the town lies, not what part it plays; two towns of one state are two towns."""
    words = [w for w in frame if w.isalpha()]
    return bool(words) and all(is_region(w) for w in words)


def may_lie_in(fa: Fact, fb: Fact) -> bool:
    """ "In Wasilla" / "in Alaska": a town the gazetteer does not know may lie in the state or
    country the other sentence names, so the two may both be right. So may a street and a town
    ("in High Street, Banstead" / "in Banstead"): the street lies in some town."""
    if a_street(fa) != a_street(fb):
        return True
    return any(is_region(x.key) and not is_known_place(y.key) for x, y in ((fa, fb), (fb, fa)))


def landmark(analysis: Analysis, fact: Fact) -> bool:
    """ "in Woodburn, about 30 miles south of Portland": a place a distance or a direction is
    measured from is a landmark for the reader, not where it happened. So is a place the scene
    lies near ("near Jackson", "outside Memphis", "on Elm Street near Main Street"): a town "near
    Jackson" or a corner "near Main Street" is another answer to no question."""
    tokens = analysis.sentence_tokens[fact.sentence]
    before = [t.lower for t in tokens if t.end <= fact.start][-3:]
    if before[-1:] == ["the"]:
        before = before[:-1]
    if before[-1:] and before[-1] in VICINITY_PREPOSITIONS:
        return True
    if before[-2:] in (["outside", "of"], ["close", "to"], ["near", "to"]):
        return True
    before = before[-2:]
    return len(before) == 2 and before[1] in ("of", "from") and before[0] in LANDMARK_WORDS


def one_area(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """ "suburban Detroit" / "Troy": the area around a city holds the towns of its metro area."""
    if not any(_vicinity(analysis, fact) for analysis, fact in (a, b)):
        return False
    km = distance_km(a[1].key, b[1].key)
    return km is None or km <= tuning.METRO_AREA_KM


def _vicinity(analysis: Analysis, fact: Fact) -> bool:
    before = [t for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start][-1:]
    return bool(before) and before[0].lower in VICINITY_WORDS


def places_a_building(analysis: Analysis, fact: Fact) -> bool:
    """ "taken to Christ Medical Center in Oak Lawn": the town places the hospital, and two
    victims may be taken to two hospitals in two towns."""
    before = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start]
    return len(before) >= 2 and before[-1] in ("in", "at") and before[-2] in TAKEN_TO_NOUNS
