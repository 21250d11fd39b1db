"""A span of time counted in one article and told by the bare plural of a unit of time in the
other: "battled two civil wars over more than five decades" / "a peace deal which followed
decades of north-south conflict".

A plural unit of time with no count ("decades", "years") says at least two of that unit, as
"dozens" says at least two dozen: the same span at the precision that article gives, so the
counted one is no fact the other lacks. The bare plural must stand in a sentence aligned with
the figure's own (two sentences telling the same thing), and must allow the figure: "decades"
does not tell "five years". A point in time ("decades ago") is no span and tells nothing here.
"""

from __future__ import annotations

import math
import re

from desktop.core.datetimes.durations import duration_number
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import NumberValue, parse_number

Partners = dict[int, list[tuple[int, float]]]

_BARE_PLURAL = re.compile(
    r"(?:\b([a-z]+)\s+)?\b(days|weeks|months|years|decades)\b(?!\s+(?:ago|earlier|later|old)\b)",
    re.I,
)
# Digits right before a unit count it ("for 51 years", "a 51-year reign"): no bare plural.
_COUNTED = re.compile(r"\d[\s-]*\Z")
# At least two of the unit: "decades" is two decades or more.
_AT_LEAST = 2.0


def span_told_by_bare_unit(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    """This duration lies in what a bare plural unit of an aligned sentence of the other allows."""
    number = fact.number
    if number is None or fact.other_event or not fact.key.startswith("duration:"):
        return False
    text = theirs.document.text
    for j, _score in aligned.get(fact.sentence, ()):
        sentence = theirs.sentences[j]
        for match in _BARE_PLURAL.finditer(text, sentence.start, sentence.end):
            if match.group(1) is None and _COUNTED.search(text, sentence.start, match.start()):
                continue  # "for 51 years": counted in digits, no bare plural
            told = _vague_span(match.group(1) or "", match.group(2).lower())
            if (
                told is not None
                and told.dimension == number.dimension
                and number.high >= told.low
                and number.low <= told.high
            ):
                return True
    return False


def _vague_span(before: str, unit: str) -> NumberValue | None:
    """ "decades" or "several decades" as a span; None when a figure counts the unit ("five
    decades", "a decade"): a counted span is compared as a figure, elsewhere."""
    count = parse_number(before) if before else None
    if count is not None and count.bound != "vague":
        return None
    low = count.low if count is not None else _AT_LEAST
    high = count.high if count is not None else math.inf
    return duration_number(NumberValue(low, high, "", exact=False, bound="vague"), unit)
