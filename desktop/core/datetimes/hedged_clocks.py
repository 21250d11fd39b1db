"""24-hour clocks after a hedge: "at about 2045 GMT", "around 1100 hrs", "shortly after 2330 hours".

Wire and police copy reckon an event's time on the 24-hour clock, and a reckoned time is still a
time of day. Two slips made it a figure: the tagger folds the approximator into a count ("about
2045", some two thousand), and a clock in hours was read only after "at" ("at 1100 hrs"). A
clock after a hedge or a preposition of time is a time, so that it meets the other article's
"shortly before 9pm" at the precision both give. A span of hours is not: "for about 1500 hours",
"1500 hours of community service".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from desktop.core.lexicon import CLOCK_APPROXIMATORS, CLOCK_LEADS, CLOCK_ZONES

# "1100 hrs", "2330 hours", never "1500 hours of ..." (a span). Opens with a lookahead for a
# digit, as clock.py's patterns do, so a long article is scanned digit to digit (bench.speed).
_HOURS = re.compile(
    r"(?=\d)(?<![:.,\d])\b([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs)\b(?!\s+of\b)", re.I
)
_LEAD = re.compile(rf"\b(?:{'|'.join(sorted(CLOCK_APPROXIMATORS | CLOCK_LEADS))})\s+$", re.I)
_APPROXIMATOR = re.compile(rf"\b(?:{'|'.join(sorted(CLOCK_APPROXIMATORS))})\s+$", re.I)
# "for about 1500 hours", "than about 1500 hours": a length of time, however hedged.
_SPAN_OPENER = re.compile(r"\b(?:for|than)\s+\S+\s+$", re.I)
# "1100 hrs IST": the zone after a clock in hours is the clock's own, never a page's stamp.
_ZONE_AFTER = re.compile(
    r"\s+(?:"
    + "|".join(sorted((re.escape(z).replace(r"\ ", r"\s+") for z in CLOCK_ZONES), key=len)[::-1])
    + r")\b",
    re.I,
)
# How far back the words before a clock are read: "shortly after ", "approximately ".
_REACH = 24


def hedged_hour_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a clock in hours after a hedge or a preposition of time, the word
    before it included ("around 1100 hrs", "after 2330 hours"), as "at 1100 hrs" is: without it
    the figure in hours is no clock."""
    spans = []
    for match in _HOURS.finditer(text):
        before = text[max(0, match.start() - _REACH) : match.start()]
        lead = _LEAD.search(before)
        if lead is not None and not _SPAN_OPENER.search(before):
            spans.append((match.start() - len(lead.group(0)), match.end()))
    return spans


def hedged_hours(text: str) -> str | None:
    """ "about 1100 hrs IST" -> "11:00"; None when no hedged clock in hours is written."""
    for start, end in hedged_hour_spans(text):
        match = _HOURS.search(text, start, end)
        if match is not None:
            return f"{match.group(1)}:{match.group(2)}"
    return None


def with_zone(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The clock's span reaching on over a zone right after it ("1100 hrs IST")."""
    zone = _ZONE_AFTER.match(text, span[1])
    return (span[0], zone.end()) if zone is not None else span


def with_approximators(
    text: str, spans: Sequence[tuple[int, int]], figure_starts: Collection[int]
) -> list[tuple[int, int]]:
    """Each clock's span reaching back over an approximator right before it where the tagger
    read a figure from it ("about 2045" in "at about 2045 GMT"): the figure then lies inside
    the clock, which replaces it. Elsewhere the span stays as the clock is written, so the
    words before it ("By about 09:30 BST") are read as before."""
    out = []
    for start, end in spans:
        match = _APPROXIMATOR.search(text[max(0, start - _REACH) : start])
        if match is not None and start - len(match.group(0)) in figure_starts:
            start -= len(match.group(0))
        out.append((start, end))
    return out
