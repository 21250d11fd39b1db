"""A range's first figure the parser left outside its entity: "Between 5 and 7 inches" is
tagged "Between 5" and "7 inches", "5 to 7 inches" is tagged "5" and "7 inches".

Read alone, "7 inches" is a plain seven inches and clashes with the other article's "about six
inches", which the range holds. The lower end is taken into the figure when the words before it
make a range: "between N and", or "N to" / "N or" with N below the figure; a "between" left
outside a tagged "six and 15" is taken in too. "from 5 to 7" is a
change from one figure to another, never a range, and is left alone.
"""

from __future__ import annotations

from typing import Any

from desktop.core.extraction.parse_cache import sentence_bounds
from desktop.core.figures.numbers.values import parse_number

# Entity labels of figures a range can end in.
_RANGE_LABELS = frozenset(["CARDINAL", "QUANTITY", "MONEY", "PERCENT"])


def with_range_start(span: Any, label: str) -> Any:
    """The span, widened over a range's first figure and its joining word right before it."""
    if label not in _RANGE_LABELS or not span or not span[0].like_num:
        return span
    doc, start = span.doc, span.start
    sent_start = sentence_bounds(doc, start)[0]
    if start > sent_start and doc[start - 1].lower_ == "between" and _opens_with_and(span):
        return doc[start - 1 : span.end]  # "Between" left outside "six and 15"
    if start - 2 < sent_start:
        return span
    first, joint = doc[start - 2], doc[start - 1]
    if not first.like_num or any("\n" in t.whitespace_ for t in doc[start - 2 : start]):
        return span
    before = doc[start - 3].lower_ if start - 3 >= sent_start else ""
    if joint.lower_ == "and" and before == "between":
        widened = doc[start - 3 : span.end]
    elif joint.lower_ in ("to", "or") and before != "from" and not before[:1].isdigit():
        widened = doc[start - 2 : span.end]
    else:
        return span
    low, high = parse_number(first.text), parse_number(span[0].text)
    if low is None or high is None or not low.high < high.low:
        return span  # "7 to 2": a score or a vote, never a range that runs down
    return widened


def _opens_with_and(span: Any) -> bool:
    return len(span) >= 3 and span[1].lower_ == "and" and span[2].like_num


def outside_ranges(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """The figure at start..end is no range's first figure already taken into a wider one."""
    return not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
