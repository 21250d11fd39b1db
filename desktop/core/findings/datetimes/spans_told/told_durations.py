"""A span of years told by its first and last years: "the marriage lasted from 1943 to 1947" /
"the marriage lasted four years".

A yellow mark says the other article does not report this fact anywhere. Four years and the
years 1943 to 1947 measure one span: where the sentence aligned with this one as one statement
gives the span the other way, the two tell it at the precision each gives, and neither is
reported alone. Only in that sentence: a count of years elsewhere may measure anything else;
there, years of a past time ("from 1943 to 1947" in a story of 2008) are compared as they stand.
A point in time ("four years ago", "a four-year-old") is no span.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.alignment.statement_partners import statement_partners
from desktop.core.findings.untold.told import WHEN

_YEARS_APART = re.compile(
    r"\b(1[5-9]\d\d|20\d\d)\s*(?:-|–|—|to|through|until|till|and)\s*(1[5-9]\d\d|20\d\d)\b", re.I
)
_SPAN = re.compile(r"\b([\w-]+)\s+years?\b(?!\s+(?:ago|old|earlier|later|before|after))", re.I)
_POINT = re.compile(r"\bago\b|-year|\bold\b", re.I)


def span_told_by_years(
    fact: Fact, mine: Analysis, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """A count of years whose statement partner gives the first and last years of that span,
    or first and last years whose partner gives the count."""
    if fact.number is None and fact.type not in WHEN:
        return False
    apart = _YEARS_APART.search(fact.text)
    if apart is not None:
        lengths = {int(apart.group(2)) - int(apart.group(1))}
        wanted = _counts
    else:
        count = _count(fact, mine)
        if count is None:
            return False
        lengths = {count}
        wanted = _ranges
    text = theirs.document.text
    for sentence in statement_partners(fact, theirs, partners):
        if lengths & wanted(text[sentence.start : sentence.end]):
            return True
    return False


def _count(fact: Fact, mine: Analysis) -> int | None:
    """The years a span counts ("four years", "for 4 years"), or None for no span of years."""
    number = fact.number
    after = mine.document.text[fact.end : fact.end + 12]
    if number is None or number.low != number.high or _POINT.search(fact.text + " " + after):
        return None
    if _SPAN.search(fact.text) is None:
        return None
    return int(number.low) if number.low.is_integer() and number.low > 0 else None


def _ranges(text: str) -> set[int]:
    return {int(m.group(2)) - int(m.group(1)) for m in _YEARS_APART.finditer(text)}


def _counts(text: str) -> set[int]:
    found = set()
    for match in _SPAN.finditer(text):
        if _POINT.search(text[match.start() : match.end() + 12]):
            continue
        value = parse_number(match.group(1))
        if value is not None and value.low == value.high and value.low.is_integer():
            found.add(int(value.low))
    return found
