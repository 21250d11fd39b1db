"""The same count of the same unit in the sentence that tells the same thing, however it is framed.

"Tola finished 41 seconds behind" / "Tola crossed the line 41 seconds later", "over the final
three miles" / "in the last three miles", "after 23 minutes" / "in the 23rd minute": the count
and its unit are the fact, and the words around them (a direction, an adjective of place in a
sequence, the ordinal of the unit the count reaches) say nothing else. A race time in words is
the same time on a stopwatch: "2 hours, 6 minutes and 12 seconds" / "2:06:12".

Only inside two sentences shown as one statement: elsewhere "three miles" may measure another
stretch. Another count of the unit ("40 seconds later"), or the same count of another unit,
keeps the mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.alignment.statement_partners import Partners, statement_partners
from desktop.core.lexicon import ORDINAL_WORDS
from desktop.core.lexicon.counted_units import COUNTED_UNITS, ONE_WORDS, STOPWATCH_SECONDS

_ORDINAL_DIGITS = re.compile(r"(\d{1,3})(?:st|nd|rd|th)$", re.I)
_COUNT = re.compile(
    r"\b(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?|[a-z]+(?:-[a-z]+)?)[\s-]+"
    r"(?P<unit>(?:" + "|".join(sorted(COUNTED_UNITS, key=len, reverse=True)) + r")s?)\b",
    re.I,
)
_STOPWATCH_PART = r"(?P<n{i}>\d{{1,3}}|[a-z]+)\s+(?P<u{i}>(?:hour|hr|minute|min|second|sec)s?)\b"
_STOPWATCH_WORDS = re.compile(
    _STOPWATCH_PART.format(i=0)
    + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    + _STOPWATCH_PART.format(i=1)
    + r")?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    + _STOPWATCH_PART.format(i=2)
    + r")?",
    re.I,
)
# "2:06:12", "27:45.3": a reading, not a clock ("6:12 p.m.").
_STOPWATCH_FIGURES = re.compile(
    r"(?<![\d:])(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>\d{2})(?:\.\d+)?(?![\d:])"
    r"(?!\s*(?:a\.?\s?m|p\.?\s?m|o'clock|gmt|utc|et|pt|[ecmp][sd]t)\b)",
    re.I,
)


def count_of_unit_told(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    """A partner sentence gives the count this fact gives, of the same unit."""
    counts = set(unit_counts(mine.document.text, fact.start, fact.end))
    if len(counts) != 1:
        return False
    text = theirs.document.text
    return any(
        counts & set(unit_counts(text, s.start, s.end))
        for s in statement_partners(fact, theirs, aligned)
    )


def stopwatch_time_told(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    """This fact is part of a race time, in words or in figures, that a partner sentence gives in
    the other writing."""
    text = mine.document.text
    reading = _reading_around(text, fact.start, fact.end)
    if reading is None:
        return False
    their_text = theirs.document.text
    return any(
        reading in _readings(their_text, s.start, s.end)
        for s in statement_partners(fact, theirs, aligned)
    )


def unit_counts(text: str, start: int, end: int) -> Iterator[tuple[float, str]]:
    """Each count of a counted unit between ``start`` and ``end``: (the count, the unit)."""
    for match in _COUNT.finditer(text, start, end):
        unit = _singular(match.group("unit").lower())
        count = _count(match.group("n"))
        if count is not None:
            yield count, unit


def _count(word: str) -> float | None:
    """ "41", "three", "23rd", "eighth": ordinals count the unit they reach; "a" and "single"
    ("a month", "a single day") count one."""
    if word.lower() in ONE_WORDS:
        return 1.0
    if (ordinal := _ORDINAL_DIGITS.match(word)) is not None:
        return float(ordinal.group(1))
    if word.lower() in ORDINAL_WORDS:
        return float(ORDINAL_WORDS[word.lower()])
    number = parse_number(word)
    if number is None or not number.exact or number.dimension:
        return None
    return number.low


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _reading_around(text: str, start: int, end: int) -> int | None:
    """The race time, in seconds, that holds the span: in words of two parts or more ("6
    minutes and 12 seconds"), or in figures ("2:06:12")."""
    for seconds, (m_start, m_end) in _all_readings(text, max(0, start - 40), end + 40):
        if m_start <= start and end <= m_end:
            return seconds
    return None


def _readings(text: str, start: int, end: int) -> set[int]:
    return {seconds for seconds, _ in _all_readings(text, start, end)}


def _all_readings(text: str, start: int, end: int) -> Iterator[tuple[int, tuple[int, int]]]:
    for match in _STOPWATCH_FIGURES.finditer(text, start, end):
        hours = int(match.group("h") or 0)
        yield hours * 3600 + int(match.group("m")) * 60 + int(match.group("s")), match.span()
    for match in _STOPWATCH_WORDS.finditer(text, start, end):
        parts = [(match.group(f"n{i}"), match.group(f"u{i}")) for i in range(3)]
        read = [(n, u) for n, u in parts if n is not None]
        if len(read) < 2:
            continue  # "two hours" alone is no stopwatch reading
        total = 0.0
        for n, u in read:
            count = _count(n)
            if count is None:
                break
            total += count * STOPWATCH_SECONDS[_singular(u.lower())]
        else:
            yield int(total), match.span()
