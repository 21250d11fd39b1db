"""A span of time told in another unit in the sentence that tells the same thing: "Prosecutors
have 30 days to decide" / "has a month to decide", "a two-day strike" / "strike for 48 hours",
"7 inches of rain in 24 hours" / "in a single day". A month holds 28 to 31 days, a day 24 hours:
the two spans are one, and neither is a fact the other article lacks. A span the other unit
cannot hold ("20 days" / "a month") keeps the mark; so does an ordinal ("the second day"),
which names a day rather than a span.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.alignment.statement_partners import Partners, statement_partners
from desktop.core.findings.amounts.told_unit_counts import unit_counts
from desktop.core.lexicon.counted_units import DAYS_IN_UNIT

_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b|\b(?:first|second|third|last|final|next)\s", re.I)
# Two spans equal to within this share of the larger, for units of exact length ("48 hours" and
# "two days" meet exactly; float error aside).
_EXACT = 1e-6


def span_told_in_another_unit(
    fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners
) -> bool:
    """A partner sentence gives this span of time as a count of another unit of time."""
    if _ORDINAL.search(fact.text):
        return False
    text = mine.document.text
    spans = {d for c, u in unit_counts(text, fact.start, fact.end) if (d := _days(c, u))}
    if len(spans) != 1:
        return False
    ours = spans.pop()
    text = theirs.document.text
    for sentence in statement_partners(fact, theirs, aligned):
        for count, unit in unit_counts(text, sentence.start, sentence.end):
            theirs_span = _days(count, unit)
            if theirs_span is not None and _overlap(ours, theirs_span):
                return True
    return False


def _days(count: float, unit: str) -> tuple[float, float] | None:
    if unit not in DAYS_IN_UNIT:
        return None
    low, high = DAYS_IN_UNIT[unit]
    return count * low, count * high


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    slack = _EXACT * max(a[1], b[1])
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack
