"""A share told as a ratio the parser cut in two: "Seven in ten voters" is tagged "Seven" and
"ten", "three out of four" "three" and "four".

Read apart, the two are a count of seven and a count of ten (or "one in ten" ten inches), set
against the other article's counts; together they are one share, 70 percent
(``fraction_shares``). The part is taken into the whole's figure when "in" or "out of" joins a
smaller number to it.
"""

from __future__ import annotations

from typing import Any

from desktop.core.extraction.parse_cache import sentence_bounds
from desktop.core.figures.numbers.values import parse_number

# A ratio's whole is a plain count, never a sum, a measure or a year.
_RATIO_LABELS = frozenset(["CARDINAL"])


def with_ratio_part(span: Any, label: str) -> Any:
    """The span, widened over a ratio's part and its "in" or "out of" right before it."""
    if label not in _RATIO_LABELS or not span or not span[0].like_num:
        return span
    doc, start = span.doc, span.start
    sent_start = sentence_bounds(doc, start)[0]
    for joint in (("in",), ("out", "of")):
        first = start - len(joint) - 1
        if first < sent_start:
            continue
        if tuple(t.lower_ for t in doc[first + 1 : start]) != joint:
            continue
        part, whole = parse_number(doc[first].text), parse_number(span[0].text)
        if not doc[first].like_num or part is None or whole is None:
            continue
        if part.dimension or whole.dimension or not 0 < part.high < whole.low:
            continue
        return doc[first : span.end]
    return span
