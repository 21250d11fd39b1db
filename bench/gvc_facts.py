"""Checking a conflict against a Gun Violence Archive incident record: is it right?

Each side of a conflict is read against the record (its spans, and the words of its sentence
around them) as one of: **agrees** with the record's fact, **disagrees** with it, **not a value**
of any fact (a phone, street, block, case or unit number, or a year, read as a count; "He" or
"The" read as a name), or cannot be read. Then, in this order:

1. a side that is **not a value** makes the conflict **wrong** (the engine set junk against a fact);
2. two sides that give the **same value** ("Friday" / "Friday", "five" / "5") are **wrong**: no
   real difference;
3. two sides that both **agree** with the record are **wrong**: two true facts set against each
   other, such as the ages of two different people;
4. when the two values differ and at least one side **disagrees** with the record, the conflict is
   **right**: at least one article got the fact wrong, or both give different values of a fact the
   record gives once (two tolls, two weekdays, two ages of one named person);
5. anything else is **unverifiable** (a clock time, a weapon, a person the record does not list):
   it counts as not right. Share right = right / all conflicts, unverifiable ones included.

The rules are the same for the tune and the held-out half. How a side is read:

* a **number** counts what the nearest word after it (or, failing that, just before it) says: a
  death word makes it a death toll (``num_killed``), an injury word an injured count
  (``num_injured``), "shot" or "victims" everyone hit (killed + injured); "at least"/"more than"
  before it make it a lower bound the record may meet. "16-year-old", "aged 16" or "Name, 16," make
  it an age: checked against the age of the participant whose surname sits nearest when one is
  named close by, else it agrees when some participant has that age and disagrees when none has
  (so a bystander's age set against a victim's would be graded right: a known leniency). A number
  with none of these words cannot be read;
* a **date or time**: a weekday agrees when it is the incident's; a day with its month, a month
  alone or a year alone agree when they match the incident's date at that precision (so the date
  of an earlier shooting an article recalls, set against the incident's, would be graded right: a
  known leniency); a clock time or a relative day cannot be read;
* a **person**: agrees when every word of the name belongs to one participant's name; disagrees
  when it is a near variant of a participant's name (shares a word with it, or is spelled alike)
  without being one; a pronoun, an article or a bare common word is not a name at all;
* a **place**: agrees when it is the incident's city or state, or a word of its address; disagrees
  when the gazetteer puts it outside the incident's state (another state, another state's city);
  a town of the same state cannot be read (the record's "city" is sometimes the county);
* other kinds (organisations, weapons, statements) cannot be read.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from bench.gvc_numbers import Reading, number_reading
from bench.reasons import MONTH_NAMES, numbers_in
from desktop.core.model import Finding, MentionType, Side

RIGHT, WRONG, UNVERIFIABLE = "right", "wrong", "unverifiable"
AGREES, DISAGREES = True, False

# Words that say a person was killed or hurt (bench.people reads them too; the grader's own
# reading of counts is in gvc_numbers).
DEATH_WORDS = {
    "killed", "dead", "died", "dies", "death", "deaths", "fatal", "fatally", "killing", "slain",
    "homicide", "homicides", "murdered", "lives",
}  # fmt: skip
INJURY_WORDS = {
    "injured", "wounded", "hurt", "injuring", "wounding", "injuries", "hospitalized", "hospital",
    "shot", "struck", "hit", "wounds",
}  # fmt: skip
NAME_SIMILARITY = 0.8  # difflib ratio at or above which two names are spelled alike
NUMERIC_TYPES = {MentionType.NUMBER, MentionType.QUANTITY}
DATE_TYPES = {MentionType.DATE, MentionType.TIME}
WEEKDAYS = [d.lower() for d in calendar.day_name]
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
# Words that stand for a person without naming one: read as a name they are junk, not a fact.
NOT_NAMES = {
    "he", "she", "him", "her", "his", "they", "them", "their", "it", "i", "we", "you", "the", "a",
    "an", "this", "that", "police", "officer", "officers", "mr", "mrs", "ms", "dr", "sgt", "lt",
    "chief", "man", "woman", "boy", "girl", "victim", "suspect", "god", "mom", "dad",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Incident:
    killed: int | None
    injured: int | None
    date: datetime.date | None
    ages: frozenset[int]
    names: tuple[tuple[str, ...], ...]  # each named participant's name, word by word
    named_ages: tuple[tuple[tuple[str, ...], int | None], ...] = ()  # (name words, age)
    city: str | None = None
    state: str | None = None
    address: str | None = None

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Incident:
        people = record.get("participants") or []
        when = record.get("date")
        named = [p for p in people if p.get("name")]
        return cls(
            killed=record.get("num_killed"),
            injured=record.get("num_injured"),
            date=datetime.date.fromisoformat(when) if when else None,
            ages=frozenset(int(p["age"]) for p in people if p.get("age") is not None),
            names=tuple(tuple(p["name"].split()) for p in named),
            named_ages=tuple(
                (tuple(p["name"].split()), None if p.get("age") is None else int(p["age"]))
                for p in named
            ),
            city=record.get("city"),
            state=record.get("state"),
            address=record.get("address"),
        )


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def date_reading(spans_text: str, incident: Incident) -> Reading:
    words = _words(spans_text)
    named_days = frozenset(words & set(WEEKDAYS))
    if incident.date is None:
        return Reading(None, named_days)
    if named_days:
        return Reading(named_days == {WEEKDAYS[incident.date.weekday()]}, named_days)
    months = [m for m, names in MONTH_NAMES.items() if words & names]
    years = {int(y) for y in YEAR.findall(spans_text)}
    days = {int(n) for n in numbers_in(YEAR.sub(" ", spans_text)) if n == int(n) and 1 <= n <= 31}
    value = frozenset({*(f"m{m}" for m in months), *(f"d{d}" for d in days), *years})
    if len(months) > 1 or len(years) > 1:
        return Reading(None, value)
    agrees = True
    if months:
        agrees = months[0] == incident.date.month and (not days or incident.date.day in days)
    elif days:
        return Reading(None, value)  # "the 3rd": a day without its month
    if years:
        agrees = agrees and incident.date.year in years
    return Reading(agrees if months or years else None, value)


def person_reading(spans_text: str, incident: Incident) -> Reading:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", spans_text) if w[0].isupper()]
    value = frozenset(w.lower() for w in words)
    if not words or all(w.lower() in NOT_NAMES for w in words):
        return Reading(None, value, junk=True)
    for name in incident.names:
        lowered = {n.lower() for n in name}
        if all(w.lower() in lowered for w in words):
            return Reading(AGREES, value)
    for name in incident.names:
        lowered = {n.lower() for n in name}
        alike = SequenceMatcher(None, " ".join(words).lower(), " ".join(name).lower()).ratio()
        if any(w.lower() in lowered for w in words) or alike >= NAME_SIMILARITY:
            return Reading(DISAGREES, value)
    return Reading(None, value)


def place_reading(spans_text: str, incident: Incident) -> Reading:
    from desktop.core.locations import places
    from desktop.core.naming.names import fold, place_key

    key = place_key(fold(spans_text))
    value = frozenset({key})
    known = {place_key(fold(p)) for p in (incident.city, incident.state) if p}
    record_words = fold(" ".join(p for p in (incident.city, incident.address) if p))
    if not key:
        return Reading(None, value)
    if key in known or key == "united states" or f" {key} " in f" {record_words} ":
        return Reading(AGREES, value)
    state = place_key(fold(incident.state)) if incident.state else None
    if state is None or not places.is_known_place(key):
        return Reading(None, value)
    regions = places.regions_of(key)
    if places.is_region(key):  # a state or country: another one than the incident's
        return Reading(DISAGREES if "united states" in regions or not regions else None, value)
    return Reading(None if state in regions else DISAGREES, value)


def side_reading(finding: Finding, side: Side, text: str, incident: Incident) -> Reading:
    spans = finding.spans(side)
    if not spans:
        return Reading(None, frozenset())
    spans_text = " ".join(s.text for s in spans)
    if finding.type in NUMERIC_TYPES:
        return number_reading(spans, text, incident)
    if finding.type in DATE_TYPES:
        return date_reading(spans_text, incident)
    if finding.type is MentionType.PERSON:
        return person_reading(spans_text, incident)
    if finding.type is MentionType.PLACE:
        return place_reading(spans_text, incident)
    return Reading(None, frozenset())


def judge(finding: Finding, texts: Sequence[str], incident: Incident) -> str:
    """right, wrong or unverifiable (see the module docstring)."""
    readings = [side_reading(finding, side, texts[i], incident) for i, side in enumerate(Side)]
    verdicts = [r.verdict for r in readings]
    if any(r.junk for r in readings):
        return WRONG
    if readings[0].value and readings[0].value == readings[1].value:
        return WRONG
    if verdicts == [AGREES, AGREES]:
        return WRONG
    return RIGHT if DISAGREES in verdicts else UNVERIFIABLE
