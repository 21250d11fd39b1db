"""Words that bound a figure from before it ("less than 25 km", "at least five", "about 200").

The parser usually takes them into the figure's entity; when it does not ("less than 25 km (15
miles)" is tagged "25 km"), they are read from the words right before it. Only words that bound
whatever figure follows them: "over", "under", "above" and "below" also place things ("fought over
three islands", "under 2 feet of snow" is the snow's depth, not a bound of it), so they are left
out here.
"""

from __future__ import annotations

LEADING_BOUNDS: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split())
    for phrase in (
        "at least",
        "more than",
        "no fewer than",
        "no less than",
        "upwards of",
        "in excess of",
        "at most",
        "up to",
        "fewer than",
        "less than",
        "no more than",
        "as many as",
        "as much as",
        "about",
        "around",
        "approximately",
        "roughly",
        "nearly",
        "almost",
        "close to",
        "an estimated",
        "some",
    )
)

# Bounds of a length of time by the side they bound: "less than four minutes" and "under four
# minutes" say one thing, as do "more than two years" and "over two years"
# (findings/amounts/told_bounded_spans.py). "over" and "under" are bounds before a count of a unit
# of time, where they place nothing.
UPPER_SPAN_BOUNDS = frozenset(["less than", "under", "fewer than", "below", "within", "inside"])
LOWER_SPAN_BOUNDS = frozenset(["more than", "over", "above", "upwards of", "in excess of"])
