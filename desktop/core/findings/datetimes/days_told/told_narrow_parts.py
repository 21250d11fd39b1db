"""A clock time the other article gives as a narrow part of the day: "sounds of gunfire around
10:30 a.m." / "a frantic mid-morning at the offices"; and the other way round, a narrow part of
the day the other article gives by the clock ("in the early hours of Monday" / "at 3 a.m. Monday").

A yellow mark says the other article does not report this fact anywhere. "The morning" spans
eight hours and does not tell "10:30 a.m."; "mid-morning", "lunchtime" or "late afternoon" span
three hours or less, and a reporter writes them for the moment the other gives by the clock: the
same moment, told at the precision the other side gives. Not where the other side gives a clock
of its own inside that part (then the two clocks are what to compare), nor where the sentence
of the part names another weekday than this clock's ("Sunday mid-morning" / "10:30 a.m. Monday").
"""

from __future__ import annotations

import re

from desktop.core.datetimes.clock import parse_time
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import ascii_lowered
from desktop.core.findings.untold.told import WHEN
from desktop.core.lexicon import NARROW_PARTS_OF_DAY
from desktop.core.lexicon.time_words import (
    EARLY_MORNING_HOURS,
    WEEKDAY_EDGE_SPANS,
    WEEKDAY_NAME,
    WEEKDAY_NAME_PATTERN,
)


def _phrase(part: str) -> str:
    """ "mid-morning" -> also "mid morning", "midmorning"; "lunch time" -> "lunchtime"."""
    return r"[-\s]?".join(re.escape(w) for w in re.split(r"[-\s]", part))


_PARTS = re.compile(
    r"\b("
    + "|".join(_phrase(p) for p in sorted(NARROW_PARTS_OF_DAY, key=len, reverse=True))
    + r")\b",
    re.I,
)
_CANONICAL = {re.sub(r"[-\s]", "", p): p for p in NARROW_PARTS_OF_DAY}
# "late Thursday", "early Sunday morning", "late Tuesday night": a weekday's edge, its part.
_WEEKDAY_EDGES = re.compile(
    rf"\b(early|late)\s+({WEEKDAY_NAME_PATTERN})(?:\s+(morning|afternoon|evening|night))?\b", re.I
)
# "the early morning shooting", "in the early-morning hours" are matched by _PARTS first.
_EARLY_MORNING = re.compile(r"\bearly[-\s]morning\b(?![-\s]hours)", re.I)

# The same patterns for lower-cased text: their words are all in lower case.
_LOWER_PATTERNS = (
    re.compile(_PARTS.pattern),
    re.compile(_WEEKDAY_EDGES.pattern),
    re.compile(_EARLY_MORNING.pattern),
)


def clock_in_narrow_part(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The other article names a narrow part of the day holding this clock time, and no clock
    of its own inside that part (see the module's notes)."""
    if fact.type not in WHEN or fact.other_event:
        return False
    clock = parse_time(fact.text)
    if clock is None:
        return False
    hour = int(clock[:2])
    my_days = _weekdays(_sentence_text(mine, fact.sentence))
    for span, days in theirs.derived("told_narrow_parts.parts", _parts):
        if not _within(hour, span):
            continue
        if my_days and days and not my_days & days:
            continue
        if any(_within(int(c[:2]), span) for c in theirs.derived(_CLOCKS, _their_clocks)):
            continue
        return True
    return False


def narrow_part_by_clock(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This fact is a narrow part of the day, and the other article gives a clock inside it in a
    sentence naming no other weekday than this fact's sentence does."""
    if fact.type not in WHEN or fact.other_event:
        return False
    match = _PARTS.search(fact.text)
    if match is None or parse_time(fact.text) is not None:
        return False
    part = _CANONICAL[re.sub(r"[-\s]", "", match.group(1).lower())]
    my_days = _weekdays(_sentence_text(mine, fact.sentence))
    for clock, days in theirs.derived("told_narrow_parts.clocks", _clocks_with_days):
        if _within(int(clock[:2]), NARROW_PARTS_OF_DAY[part]) and not (
            my_days and days and not my_days & days
        ):
            return True
    return False


def _clocks_with_days(analysis: Analysis) -> list[tuple[str, frozenset[str]]]:
    return [
        (clock, _weekdays(_sentence_text(analysis, f.sentence)))
        for f in analysis.facts
        if f.type in WHEN and not f.other_event and (clock := parse_time(f.text)) is not None
    ]


def _parts(analysis: Analysis) -> list[tuple[tuple[int, int], frozenset[str]]]:
    """The clock hours of each narrow part of the day the article writes ("mid-morning", "late
    Thursday"), with the weekdays its sentence names."""
    text = analysis.document.text
    # Looked for in the lower-cased text where it meets the case-blind patterns character for
    # character: the engine jumps between letters there, where it tries every character here.
    lowered = ascii_lowered(text)
    parts, edges, mornings, seen = (
        (_PARTS, _WEEKDAY_EDGES, _EARLY_MORNING, text)
        if lowered is None
        else (*_LOWER_PATTERNS, lowered)
    )
    found = []
    for match in parts.finditer(seen):
        part = _CANONICAL[re.sub(r"[-\s]", "", match.group(1).lower())]
        found.append((NARROW_PARTS_OF_DAY[part], _weekdays(_said_around(analysis, match.start()))))
    for match in edges.finditer(seen):
        edge, part = match.group(1).lower(), (match.group(3) or "").lower()
        span = WEEKDAY_EDGE_SPANS.get((edge, part))
        if span is not None:
            found.append((span, _weekdays(_said_around(analysis, match.start()))))
    for match in mornings.finditer(seen):
        found.append((EARLY_MORNING_HOURS, _weekdays(_said_around(analysis, match.start()))))
    return found


def _said_around(analysis: Analysis, at: int) -> str:
    """The sentence holding the character ``at``."""
    sentence = next((s for s in analysis.sentences if s.start <= at < s.end), None)
    return analysis.document.text[sentence.start : sentence.end] if sentence is not None else ""


_CLOCKS = "told_narrow_parts.their_clocks"  # read once per article, not per part and clock asked


def _their_clocks(analysis: Analysis) -> list[str]:
    return [c for f in analysis.facts if f.type in WHEN and (c := parse_time(f.text)) is not None]


def _sentence_text(analysis: Analysis, index: int) -> str:
    if not 0 <= index < len(analysis.sentences):
        return ""
    sentence = analysis.sentences[index]
    return analysis.document.text[sentence.start : sentence.end]


def _weekdays(text: str) -> frozenset[str]:
    return frozenset(m.group().lower() for m in WEEKDAY_NAME.finditer(text))


def _within(hour: int, span: tuple[int, int]) -> bool:
    first, last = span
    return first <= hour < last if first < last else hour >= first or hour < last
