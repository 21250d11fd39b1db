"""A length in feet and inches: "the 5ft 7in forward", "6 feet 2 inches tall", "29 feet 4
inches". The inches go on the feet: the two are one measure, their sum, never a length in feet
with a stray figure beside it."""

from __future__ import annotations

import re
from typing import Any

FEET_WORDS = frozenset(["ft", "feet", "foot"])
INCH_WORDS = frozenset(["in", "inch", "inches"])
_FEET_INCHES = re.compile(
    r"(?P<feet>\d+(?:\.\d+)?)\s*(?:ft|feet|foot)\.?[\s-]*(?P<inches>\d+(?:\.\d+)?)\s*"
    r"(?:in|inch|inches)\b\.?",
    re.I,
)
FOOT_M = 0.3048
INCH_M = 0.0254


def inches_after_feet(doc: Any, end: int, sent_end: int) -> int:
    """Where a figure that ends in feet ends once the inches written after it are taken in."""
    if end < 1 or doc[end - 1].lower_ not in FEET_WORDS:
        return end
    if end + 1 < sent_end and doc[end].like_num and doc[end + 1].lower_ in INCH_WORDS:
        return end + 2
    glued = doc[end] if end < sent_end else None  # "7in" read as one token
    if glued is not None and re.fullmatch(r"\d+(?:in|inch|inches)", glued.lower_):
        return end + 1
    return end


def feet_and_inches_metres(text: str) -> float | None:
    """The length in metres of "5ft 7in" or "6 feet 2 inches", or None."""
    match = _FEET_INCHES.search(text)
    if match is None:
        return None
    return float(match.group("feet")) * FOOT_M + float(match.group("inches")) * INCH_M
