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
