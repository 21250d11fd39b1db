"""One distance in one direction, measured from two different places.

"Qeshm, an island 1,500 kilometers south of Tehran" / "The island is about 940 miles south of
Lisbon, the capital": the same length in the same compass direction is one measure of one
place's position, and the two articles take it from two different points. The points are then
told differently, wherever the sentences align. Compared only when both distances name a compass
direction and a named point, their lengths agree (940 miles is 1,513 km), the two points are
not one inside the other ("south of Tehran" / "south of Iran"), and neither article names the
other's point anywhere: an article that names both may measure from either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import written_alone
from desktop.core.figures.numbers.values import numbers_compatible
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.locations.places import nested
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.naming.names import fold

# A compass direction right after the distance, past a converted figure in brackets: "30 km (19
# miles) south-west of", "940 miles south of", "60km south west of".
COMPASS_AFTER_DISTANCE = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?P<dir>(?:north|south)(?:[\s-]?(?:east|west))?|east|west)\s+"
    r"(?:of|from)\b",
    re.I,
)
# How far past the distance its point is read: the direction, "of", an article and the name.
_REACH = 60


@dataclass(frozen=True, slots=True)
class _Measure:
    distance: Fact
    direction: str  # "south", "southwest"
    point: Fact  # the named place the distance is taken from


def distance_point_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    ours, theirs = _measures(left, Side.LEFT, ledger), _measures(right, Side.RIGHT, ledger)
    texts = (fold(left.document.text), fold(right.document.text))
    drafts: list[Draft] = []
    for a in ours:
        for b in theirs:
            if not _one_measure(a, b) or _either_names_both(a.point, b.point, texts):
                continue
            if not ledger.take("distance points", a.point, b.point):
                continue
            drafts.append(
                Draft(
                    FindingKind.CONFLICT,
                    MentionType.PLACE,
                    [a.point],
                    [b.point],
                    f"Both articles give the same distance {a.direction} of a place "
                    f"({a.distance.text!r} / {b.distance.text!r}), but the left measures it from "
                    f"{a.point.text!r} and the right from {b.point.text!r}; neither article "
                    f"names the other's.",
                    tuning.DISTANCE_POINT_CONFIDENCE,
                )
            )
    return drafts


def _measures(analysis: Analysis, side: Side, ledger: Ledger) -> list[_Measure]:
    text = analysis.document.text
    places = [f for f in analysis.facts if f.type is MentionType.PLACE]
    out = []
    for fact in analysis.facts:
        number = fact.number
        if number is None or number.dimension != "length" or not fact.measured_from:
            continue
        found = COMPASS_AFTER_DISTANCE.match(text, fact.end)
        if found is None:
            continue
        point = next(
            (
                p
                for p in places
                if p.sentence == fact.sentence
                and found.end() <= p.start <= fact.end + _REACH
                and fact.measured_from in fold(p.text).split()
            ),
            None,
        )
        if point is not None and not ledger.judged(side, point):
            direction = re.sub(r"[\s-]", "", found.group("dir").lower())
            out.append(_Measure(fact, direction, point))
    return out


def _one_measure(a: _Measure, b: _Measure) -> bool:
    """The same length in the same direction from two points neither inside the other."""
    if a.direction != b.direction or a.distance.number is None or b.distance.number is None:
        return False
    if not numbers_compatible(a.distance.number, b.distance.number):
        return False
    ours, theirs = fold(a.point.text), fold(b.point.text)
    return ours != theirs and not nested(ours, theirs)


def _either_names_both(ours: Fact, theirs: Fact, texts: tuple[str, str]) -> bool:
    """The right names the left's point, or the left the right's: one may measure from either."""
    return written_alone(fold(ours.text), texts[1]) or written_alone(fold(theirs.text), texts[0])
