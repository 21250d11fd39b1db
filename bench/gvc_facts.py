"""Checking a conflict against a Gun Violence Archive incident record: is it right?

A conflict on a same-incident pair is **right** when one side states the incident's fact and the
other side states something that contradicts it; it is **wrong** when both sides agree with the
record (two true facts set against each other: the ages of two different people) or neither does
(a phone or street number against a count, "He" read as a name); it is **unverifiable** when a side
says something the record cannot settle (a relative day, a place, an opinion). Only right
conflicts count as right: share right = right / all conflicts.

How a side is read (its spans, and the words around them in its article):
* a number next to death words is a death toll (checked against ``num_killed``), next to injury
  words an injured count (``num_injured``), next to "year-old"/"age"/a name and comma an age (any
  participant's age); a number with no such words is unverifiable;
* a date or time: the incident's weekday, or its day of month with its month, agree with it;
  another weekday, or another day with a month, contradict it; anything else is unverifiable;
* a person: agrees when every word of the name belongs to one participant's name; contradicts when
  it is a near variant of a participant's name (shares a word with it, or is spelled alike) without
  being one; any other person cannot be checked (a police chief is not in the record);
* other kinds (places, organisations, statements) are unverifiable: the record gives a city and a
  street, not enough to rule on containment or neighbourhoods.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from bench.reasons import MONTH_NAMES, numbers_in
from desktop.core.model import Finding, MentionType, Side

RIGHT, WRONG, UNVERIFIABLE = "right", "wrong", "unverifiable"

# Words near a number that say what it counts (same spirit as the engine's lexicon, kept apart so
# the bench does not grade the engine with the engine's own lists).
DEATH_WORDS = {
    "killed", "dead", "died", "dies", "death", "deaths", "fatal", "fatally", "killing", "slain",
    "homicide", "homicides", "murdered", "lives",
}  # fmt: skip
INJURY_WORDS = {
    "injured", "wounded", "hurt", "injuring", "wounding", "injuries", "hospitalized", "hospital",
    "shot", "struck", "hit", "wounds",
}  # fmt: skip
AGE_PATTERN = re.compile(r"\d+\s*-?\s*years?\s*-?\s*old|\bage[ds]?\b|,\s*\d{1,2}\s*,")
CONTEXT_CHARS = 50  # how far around a span its words are read
NAME_SIMILARITY = 0.8  # difflib ratio at or above which two names are spelled alike
NUMERIC_TYPES = {MentionType.NUMBER, MentionType.QUANTITY}
DATE_TYPES = {MentionType.DATE, MentionType.TIME}
WEEKDAYS = [d.lower() for d in calendar.day_name]


@dataclass(frozen=True, slots=True)
class Incident:
    killed: int | None
    injured: int | None
    date: datetime.date | None
    ages: frozenset[int]
    names: tuple[tuple[str, ...], ...]  # each named participant's name, word by word

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Incident:
        people = record.get("participants") or []
        when = record.get("date")
        return cls(
            killed=record.get("num_killed"),
            injured=record.get("num_injured"),
            date=datetime.date.fromisoformat(when) if when else None,
            ages=frozenset(int(p["age"]) for p in people if p.get("age") is not None),
            names=tuple(tuple(p["name"].split()) for p in people if p.get("name")),
        )


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def number_verdict(spans_text: str, context: str, incident: Incident) -> bool | None:
    """True: the side's number is the record's; False: it is not; None: cannot tell."""
    numbers = numbers_in(spans_text)
    if not numbers:
        return None
    facts: set[float] = set()
    words = _words(context)
    if AGE_PATTERN.search(context):
        facts |= set(incident.ages)
    if words & DEATH_WORDS and incident.killed is not None:
        facts.add(incident.killed)
    if words & INJURY_WORDS and incident.injured is not None:
        facts.add(incident.injured)
    if not facts:
        return None
    return bool(numbers & facts)


def date_verdict(spans_text: str, incident: Incident) -> bool | None:
    if incident.date is None:
        return None
    words = _words(spans_text)
    named_days = words & set(WEEKDAYS)
    if named_days:
        return named_days == {WEEKDAYS[incident.date.weekday()]}
    months = [m for m, names in MONTH_NAMES.items() if words & names]
    days = {int(n) for n in numbers_in(spans_text) if n == int(n) and 1 <= n <= 31}
    if len(months) == 1 and days:
        return months[0] == incident.date.month and incident.date.day in days
    return None


def person_verdict(spans_text: str, incident: Incident) -> bool | None:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", spans_text) if w[0].isupper()]
    if not words:
        return None
    for name in incident.names:
        lowered = {n.lower() for n in name}
        if all(w.lower() in lowered for w in words):
            return True
    for name in incident.names:
        lowered = {n.lower() for n in name}
        alike = SequenceMatcher(None, " ".join(words).lower(), " ".join(name).lower()).ratio()
        if any(w.lower() in lowered for w in words) or alike >= NAME_SIMILARITY:
            return False
    return None


def side_verdict(finding: Finding, side: Side, text: str, incident: Incident) -> bool | None:
    spans = finding.spans(side)
    if not spans:
        return None
    spans_text = " ".join(s.text for s in spans)
    if finding.type in NUMERIC_TYPES:
        context = " ".join(_context(text, s.start, s.end) for s in spans)
        return number_verdict(spans_text, context, incident)
    if finding.type in DATE_TYPES:
        return date_verdict(spans_text, incident)
    if finding.type is MentionType.PERSON:
        return person_verdict(spans_text, incident)
    return None


def judge(finding: Finding, texts: Sequence[str], incident: Incident) -> str:
    """right, wrong or unverifiable (see the module docstring)."""
    verdicts = {side_verdict(finding, side, texts[i], incident) for i, side in enumerate(Side)}
    if None in verdicts:
        return UNVERIFIABLE
    return RIGHT if verdicts == {True, False} else WRONG
