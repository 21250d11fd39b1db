"""A temperature on a named scale told by the same degrees with no scale named: "118 degrees
Fahrenheit" / "a record 118 degrees", "40C" / "40 degrees". A report that gives degrees without
a scale gives them on the scale its readers use; the same number of degrees is the same reading.
Another number of degrees keeps the mark.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import CELSIUS

_SCALED = re.compile(
    r"(-?\d+(?:\.\d+)?)\s*(?:°|º|degrees?\s)?\s*(?:c|f|celsius|centigrade|fahrenheit)\b", re.I
)
_SCALE_AFTER = re.compile(r"\s*(?:°\s*)?(?:c|f|celsius|centigrade|fahrenheit)\b", re.I)


def degrees_told_without_scale(fact: Fact, theirs: Analysis) -> bool:
    """This temperature names its scale, and the other article gives its very degrees with none."""
    if fact.number is None or fact.number.dimension != CELSIUS:
        return False
    match = _SCALED.search(fact.text)
    if match is None:
        return False
    written = re.escape(match.group(1))
    text = theirs.document.text
    for degrees in re.finditer(rf"(?<![\d.,]){written}\s*(?:°|º|degrees?\b)", text, re.I):
        if _SCALE_AFTER.match(text, degrees.end()) is None:
            return True
    return False
