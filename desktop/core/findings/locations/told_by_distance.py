"""A town the other article places by its distance and direction from a named point, in the
sentence that tells the same thing: "a tip from a motorist in Flint" / "a motorist 50 miles north
of Detroit spotted the car".

A yellow mark says the other article does not report this fact anywhere. Where the aligned sentence
says how far and which way from a named town the thing happened, and the gazetteer
(core/locations/places.py) puts this town about that far that way from that point, the other article
tells the same place by its position: not a fact it lacks. About that far is within
``DISTANCE_TOLD_RATIO`` of the stated length (a road distance and a round figure both stray from the
straight line), that way within ``BEARING_TOLD_DEGREES`` of the compass point named. A town the
other way ("Toledo", south of Detroit) or much farther keeps its mark.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.locations.distance_points import COMPASS_AFTER_DISTANCE
from desktop.core.locations.places import bearings_km
from desktop.core.model import MentionType

_POINTS = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}
_METRES_PER_KM = 1000.0


def town_at_partner_distance(
    fact: Fact, mine: Analysis, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """An aligned sentence of the other article places this town by distance and direction."""
    if fact.type is not MentionType.PLACE:
        return False
    text = theirs.document.text
    for j, score in partners.get(fact.sentence, ()):
        if score < tuning.STATEMENT_AGREE:
            continue
        for measure in facts_of(theirs, j):
            number = measure.number
            if number is None or number.dimension != "length" or not measure.measured_from:
                continue
            found = COMPASS_AFTER_DISTANCE.match(text, measure.end)
            if found is None:
                continue
            stated = _degrees(found.group("dir"))
            km = (number.low + number.high) / 2 / _METRES_PER_KM
            if any(
                _near(actual, km) and _angle(bearing, stated) <= tuning.BEARING_TOLD_DEGREES
                for actual, bearing in bearings_km(measure.measured_from, fact.key)
            ):
                return True
    return False


def _degrees(direction: str) -> float:
    """ "north" 0, "south-west" 225, "northeast" 45."""
    words = [w for w in _POINTS if w in direction.lower()]
    if len(words) == 1:
        return _POINTS[words[0]]
    first, second = (_POINTS[w] for w in words)
    if {first, second} == {0.0, 270.0}:
        return 315.0
    return (first + second) / 2


def _near(actual: float, stated: float) -> bool:
    return stated > 0 and 1 / tuning.DISTANCE_TOLD_RATIO <= actual / stated <= (
        tuning.DISTANCE_TOLD_RATIO
    )


def _angle(a: float, b: float) -> float:
    return abs((a - b + 180) % 360 - 180)
