"""Where a distance is measured from: "150 nautical miles west of Aden", "13 nautical miles from
the Mysore", "10 miles off Cape Cod". Two distances from two different points measure two
things, however alike their words: they are compared only when they share their point."""

from __future__ import annotations

from typing import Any

# Words between a distance and its "of"/"from": a compass direction, "away", a parenthesis.
_BETWEEN = frozenset(
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "north-east", "north-west", "south-east", "south-west", "away", "offshore", "inland"]
)  # fmt: skip
_FROM = frozenset(["from", "of", "off"])
# How far past the distance its point may be named: "30 km (19 miles) south of the city of Bam".
_REACH = 8


def measured_from(span: Any) -> str:
    """The lower-case name of the named point a distance is measured from, or ""."""
    doc, i = span.doc, span.end
    stop = min(span.sent.end, i + _REACH)
    if i < stop and doc[i].text == "(":
        while i < stop and doc[i].text != ")":
            i += 1
        i += 1
    elif i < stop and doc[i].text == ")":
        i += 1  # "seven km (4 miles) east of Dargahan": the converted figure has the same point
    while i < stop and doc[i].lower_ in _BETWEEN:
        i += 1
    if i >= stop or doc[i].lower_ not in _FROM:
        return ""
    # Only a named point counts: "the town" and "Dargahan" may be one place.
    words = [t for t in doc[i + 1 : stop] if t.pos_ in ("PROPN", "NOUN")][:3]
    point = next((t for t in words if t.pos_ == "PROPN" or t.ent_type_), None)
    return point.lower_ if point is not None else ""
