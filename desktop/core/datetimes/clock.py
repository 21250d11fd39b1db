"""Clock times as reporters write them: "9 a.m.", "1:53 p.m.", "10 in the morning", "nine in
the morning", "noon", and on the 24-hour clock: "06:00 BST", "9:25 hours", "at 0925 hours"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from desktop.core.datetimes.hedged_clocks import hedged_hour_spans, hedged_hours, with_zone
from desktop.core.datetimes.hedged_clocks import with_approximators as with_approximators
from desktop.core.extraction.split_decimals import joined
from desktop.core.extraction.text_search import iter_case_blind
from desktop.core.lexicon import CLOCK_ZONES, HOUR_WORDS
from desktop.core.lexicon.time_words import WEEKDAY_NAME_PATTERN

# A police log's clock may carry its seconds ("at approximately 04:10:00 AM"): the hour is read
# from the first figure, never from the minutes before the seconds (which would make it 10:00).
_TIME_RE = re.compile(
    r"(?<!:)\b(\d{1,2}|" + "|".join(HOUR_WORDS) + r")(?:[:.](\d{2})(?::\d{2})?)?\s*"
    r"(a\.?\s?m\.?|p\.?\s?m\.?|"
    r"(?:o'clock\s+)?in\s+the\s+(?:morning|afternoon|evening|night))|\b(noon|midday|midnight)\b",
    re.I,
)


# The 24-hour clock: a time with its zone after it ("06:00 BST", "9.25 GMT", "0600 GMT"), with
# "hours" after it ("9:25 hours", "at 1830 hours", "0600 hours"), or a time no 12-hour clock
# shows ("06:00", "18:30"). Not "2:56" (a round's clock), "1:02:33" (a race time), "3.50 hours"
# or "1500 hours of community service" (spans of time). The last, bare form is read in a
# figure's own words; in running text only after a word of time (``clock_24_spans``).
_ZONES = "|".join(
    sorted((re.escape(z).replace(r"\ ", r"\s+") for z in CLOCK_ZONES), key=len, reverse=True)
)
# Each opens with a lookahead for the first character any match starts with (a digit; "at" or
# a zero): it changes no match, but lets the engine skip from one such character to the next
# instead of trying the lookbehind at every character of a long article (3x faster, bench.speed).
_24H_RES = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        rf"(?=\d)(?<![:.\d])\b([01]?\d|2[0-3])[:.]?([0-5]\d)\s*(?:{_ZONES})\b",
        r"(?=\d)(?<![:.\d])\b([01]?\d|2[0-3]):([0-5]\d)\s*(?:hours|hrs)\b",
        r"(?=[a0])(?:\bat\s+|(?<![\d])\b(?=0))([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs)\b",
        r"(?=\d)(?<![:.\d])\b(0\d|1[3-9]|2[0-3]):([0-5]\d)\b(?![:.]\d)(?!\s*[ap]\.?m)",
    )
)
_BARE = _24H_RES[-1]


# "9:25 Thursday morning", "10:40 this evening": a clock whose part of the day follows its day.
_DAY_PART_RE = re.compile(
    rf"\b(\d{{1,2}})[:.](\d{{2}})\s+(?:on\s+)?(?:{WEEKDAY_NAME_PATTERN}|this)\s+"
    r"(morning|afternoon|evening|night)\b",
    re.I,
)


# Findings read a clock's words again for every partner they weigh (some 10,000 reads on two
# 15,000-word articles); the time depends on the words alone.
@lru_cache(maxsize=8192)
def parse_time(text: str) -> str | None:
    """A clock time as HH:MM: "at around 9 a.m." -> "09:00", "1:53 p.m." -> "13:53", "06:00
    BST" -> "06:00"; else None."""
    text = joined(text)  # "6. 30am": a decimal point a sentence splitter broke off
    match = _TIME_RE.search(text)
    if match is None:
        return _24_hour_clock(text) or _day_part_clock(text)
    if match.group(4):
        return "00:00" if match.group(4).lower() == "midnight" else "12:00"
    written = match.group(1).lower()
    hour = HOUR_WORDS[written] if written in HOUR_WORDS else int(written)
    minute = int(match.group(2) or 0)
    if not (1 <= hour <= 12 and 0 <= minute < 60):
        return None
    part = match.group(3).lower()
    pm = (
        part.startswith("p")
        or any(w in part for w in ("afternoon", "evening"))
        or ("night" in part and hour < 12 and hour >= 6)
    )
    hour = hour % 12 + (12 if pm else 0)
    return f"{hour:02d}:{minute:02d}"


def _day_part_clock(text: str) -> str | None:
    """ "9:25 Thursday morning" -> "09:25", "10:40 Friday night" -> "22:40"."""
    match = _DAY_PART_RE.search(text)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if not (1 <= hour <= 12 and 0 <= minute < 60):
        return None
    part = match.group(3).lower()
    pm = part in ("afternoon", "evening") or (part == "night" and 6 <= hour < 12)
    return f"{hour % 12 + (12 if pm else 0):02d}:{minute:02d}"


# Words a bare 24-hour clock follows in a story ("at 18:45", "until 23:00"): without one, "19:14"
# is as likely a verse, a ratio or a score.
_CLOCK_LEAD = re.compile(r"\b(?:at|around|about|before|after|until|till|by|from|since)\s+$", re.I)


def clock_24_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a 24-hour clock: with its zone, or bare after a word of time, or in
    hours after a hedge."""
    spans = [m.span() for pattern in _24H_RES[:-1] for m in pattern.finditer(text)]
    spans += [
        m.span()
        for m in _BARE.finditer(text)
        if _CLOCK_LEAD.search(text, max(0, m.start() - 8), m.start())
    ]
    spans += hedged_hour_spans(text)  # "around 1100 hrs"
    spans = [with_zone(text, span) for span in spans]  # "1100 hrs IST": the clock's own zone
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))  # "06:00 BST" whole, not also its "06:00"
    return kept


# A 12-hour clock in figures with its minutes: "8.40am", "08:40 a.m.", and "8. 40am" where a
# sentence splitter broke the point. The tagger leaves some of these untagged ("08.40am").
_12H_FIGURES = re.compile(
    r"(?=\d)(?<![\w.:,])(0?[1-9]|1[0-2])(?:[:.]\s?)([0-5]\d)\s?(?:[ap]\.\s?m\.|[ap]m\b)", re.I
)


def clock_12_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a 12-hour clock in figures with its minutes and "am" or "pm"."""
    return [m.span() for m in _12H_FIGURES.finditer(text)]


# An hour told by its part of the day, with the hedge before it: "about 3 in the morning", "at
# around seven in the evening". The model tags "about 3" a figure and leaves the rest, so the
# clock never meets the other article's "around 3 a.m.".
_WORDED_CLOCK = re.compile(
    r"\b(?:(?:about|around|approximately|roughly|shortly\s+(?:before|after)|"
    r"just\s+(?:before|after))\s+)?(?:\d{1,2}|" + "|".join(HOUR_WORDS) + r")(?:[:.]\d\d)?\s+"
    r"(?:o'clock\s+)?in\s+the\s+(?:morning|afternoon|evening)\b",
    re.I,
)


def worded_clock_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes an hour by its part of the day ("about 3 in the morning")."""
    return [m.span() for m in iter_case_blind(_WORDED_CLOCK, text)]


def _24_hour_clock(text: str) -> str | None:
    """ "06:00 BST" -> "06:00", "9:25 hours" -> "09:25", "at 1800 hrs" -> "18:00"."""
    for pattern in _24H_RES:
        match = pattern.search(text)
        if match is not None:
            return f"{int(match.group(1)):02d}:{int(match.group(2)):02d}"
    return hedged_hours(text)


# How far back from a zone an opening bracket may stand: "(0700 GMT", "(1336 GMT".
_BRACKET_REACH = 3


def bracketed_zones(words: Sequence[str]) -> set[str]:
    """Clock zones a sentence (its words, lowercased, brackets included) writes in brackets:
    "at 10:30 am (0700 GMT) on Friday" restates the event's local time in world time, as wire
    copy does; such a zone stamps no page ("Updated 5:12 p.m. EST")."""
    found = set()
    for i, word in enumerate(words):
        if word not in CLOCK_ZONES:
            continue
        before = words[max(0, i - _BRACKET_REACH) : i]
        if "(" in before and ")" not in before[before.index("(") :]:
            found.add(word)
    return found
