"""A span of time told in another unit in the sentence that tells the same thing: "Prosecutors
have 30 days to decide" / "has a month to decide", "a two-day strike" / "strike for 48 hours",
"7 inches of rain in 24 hours" / "in a single day". A month holds 28 to 31 days, a day 24 hours:
the two spans are one, and neither is a fact the other article lacks. A span the other unit
cannot hold ("20 days" / "a month") keeps the mark; so does an ordinal ("the second day"),
which names a day rather than a span.

A count of decades is the count of years ten times it, exactly ("within a decade" / "within ten
years", "for three decades" / "30 years"): the one value written in two units, told wherever the
other article writes it, as the same figure written twice is (``decades_told_in_years``).
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


def decades_told_in_years(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This span counts decades and the other article writes that many years ten times over, or
    it counts whole tens of years and the other article writes them as decades."""
    if _ORDINAL.search(fact.text):
        return False
    counts = set(unit_counts(mine.document.text, fact.start, fact.end))
    if len(counts) != 1:
        return False
    count, unit = counts.pop()
    if unit == "decade":
        wanted = (count * 10, "year")
    elif unit == "year" and count >= 10 and count % 10 == 0:
        wanted = (count / 10, "decade")
    else:
        return False
    return wanted in theirs.derived("told_span_units.counts", _all_counts)


def _all_counts(article: Analysis) -> frozenset[tuple[float, str]]:
    text = article.document.text
    return frozenset(unit_counts(text, 0, len(text)))


def _days(count: float, unit: str) -> tuple[float, float] | None:
    if unit not in DAYS_IN_UNIT:
        return None
    low, high = DAYS_IN_UNIT[unit]
    return count * low, count * high


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    slack = _EXACT * max(a[1], b[1])
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack
