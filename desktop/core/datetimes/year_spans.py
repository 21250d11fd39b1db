"""A span of years as one date: "from 1974 to 1979", "between 1974 and 1979", "1951-1957",
"1974-79".

The parser reads such a span as its first year, so "served from 1974 to 1979" and "prime minister
between 1974 and 1981" would share a key and tell one fact, though they end in different years. A
span's key carries both ends; a span and a year inside it are related by the passes that know spans
(``findings/datetimes/spans_told/told_span_ends``, ``claim_dates``), never by the key.
"""

from __future__ import annotations

import re

from desktop.core.figures.numbers.values import DateValue

_YEAR = r"1[5-9]\d\d|20\d\d"
_SPAN = re.compile(
    rf"\bbetween\s+({_YEAR})\s+and\s+({_YEAR}|\d\d)\b"
    rf"|\b({_YEAR})\s*(?:-|–|—|to|through|until|till)\s*({_YEAR}|\d\d)\b",
    re.I,
)


def year_span_key(text: str) -> str | None:
    """ "date:1974-1979" for a span of years running forward, None for anything else."""
    ends = _ends(text)
    return None if ends is None else f"date:{ends[0]}-{ends[1]}"


def year_span_start(text: str) -> DateValue | None:
    """The first year of a span the date parser leaves unread ("1951-1957", "1974-79"), as
    the parser reads "1951 to 1957": the span's date, its key giving both ends."""
    ends = _ends(text)
    return None if ends is None else DateValue(year=ends[0])


def _ends(text: str) -> tuple[int, int] | None:
    match = _SPAN.search(text)
    if match is None:
        return None
    first, last = (g for g in match.groups() if g is not None)
    start = int(first)
    end = int(last) if len(last) == 4 else start // 100 * 100 + int(last)
    return (start, end) if end > start else None


_SPAN_KEY = re.compile(r"date:(\d{4})-(\d{4})")


def year_span(key: str) -> bool:
    """The fact's key is a span of years' ("date:1974-1979")."""
    return _SPAN_KEY.fullmatch(key) is not None


def span_ends(key: str) -> tuple[int, int] | None:
    """The first and last years of a span's key, None for any other key."""
    match = _SPAN_KEY.fullmatch(key)
    return None if match is None else (int(match.group(1)), int(match.group(2)))
