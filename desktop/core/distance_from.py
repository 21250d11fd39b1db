"""Where a distance is measured from: "150 nautical miles west of Aden", "13 nautical miles from
the Mysore", "200 yards off the coast". Two distances from two different points measure two
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
    """The lower-case name of the point a distance is measured from, or ""."""
    doc, i = span.doc, span.end
    stop = min(span.sent.end, i + _REACH)
    if i < stop and doc[i].text == "(":
        while i < stop and doc[i].text != ")":
            i += 1
        i += 1
    while i < stop and doc[i].lower_ in _BETWEEN:
        i += 1
    if i >= stop or doc[i].lower_ not in _FROM:
        return ""
    words = [t for t in doc[i + 1 : stop] if t.pos_ in ("PROPN", "NOUN")]
    proper = [t for t in words[:3] if t.pos_ == "PROPN" or t.ent_type_]
    point = proper[0] if proper else (words[0] if words else None)
    return point.lower_ if point is not None else ""
