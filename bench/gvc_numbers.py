"""Reading one side's number against a Gun Violence Archive incident record (see ``gvc_facts``).

What a number counts comes from the nearest counting word around it in its own clause: the
words after it up to the next comma, number or sentence end ("five people were killed"), and the
few words before it ("killing five", "injuring 13"). A word that says what happened (killed,
wounded) outranks one that only says someone was hit ("shot", "victims"): "three were shot and
wounded" counts the wounded. A number shaped as a phone, street, block, case or unit number, or a
year, is no count at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bench.reasons import numbers_in
from desktop.core.model import Span

if TYPE_CHECKING:
    from bench.gvc_facts import Incident

# Words near a number that say what it counts (same spirit as the engine's lexicon, kept apart so
# the bench does not grade the engine with the engine's own lists).
TOLL_WORDS = {
    "killed", "dead", "died", "dies", "death", "deaths", "fatal", "fatally", "killing", "slain",
    "homicide", "homicides", "murdered", "lives", "bodies", "kills",
}  # fmt: skip
HURT_WORDS = {
    "injured", "wounded", "hurt", "injuring", "wounding", "injuries", "hospitalized", "wounds",
    "injures", "critical", "survived",
}  # fmt: skip
HIT_WORDS = {"shot", "struck", "hit", "victims", "shooting", "shootings", "gunshot"}
BOUND_WORDS = {"least", "more", "over", "than"}  # "at least three", "more than five"
WORDS_AFTER = 6
WORDS_BEFORE = 3
NAME_REACH = 120  # characters around the number a participant's name may sit in to own an age

AGE_AFTER = re.compile(r"^\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b", re.IGNORECASE)
AGE_BEFORE = re.compile(r"\b(?:age|aged|ages)\s*$", re.IGNORECASE)
NAME_COMMA_AGE = re.compile(r"[A-Z][a-z'-]+\s*,\s*$")  # "Hardmon, 24,"
PHONE = re.compile(r"\(?\d{3}\)?[-.\s]\d{3}[-.]\d{4}|\b\d{3}[-.]\d{4}\b")
STREET_AFTER = re.compile(
    r"^(?:st|nd|rd|th)?\s*(?:block|blk)\b|^(?:st|nd|rd|th)?\s+(?:[NSEW]\.?\s+|North\s+|South\s+|"
    r"East\s+|West\s+)?(?:[A-Z][A-Za-z]+\s+)*(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|"
    r"Boulevard|Blvd|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Trail)\b",
)
NUMBER_BEFORE = re.compile(
    r"(?:\bNo\.|#|\b(?:case|call|calling|unit|apartment|apt\.?|room|badge|route|interstate|"
    r"highway|i-|suite|lot|ext\.?|extension|code|bond|\$))\s*$",
    re.IGNORECASE,
)
YEAR_SHAPE = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d+(?:[.,:]\d+)*|[,;:.!?]")
STOPS = {",", ";", ":", ".", "!", "?"}


@dataclass(frozen=True, slots=True)
class Reading:
    """A side read against the record: verdict True (agrees), False (disagrees) or None (cannot
    tell); ``junk`` when the span is no value of any fact; ``value`` what the side says, to tell
    whether the two sides really differ."""

    verdict: bool | None
    value: frozenset[object]
    junk: bool = False


NOT_A_VALUE = Reading(None, frozenset(), junk=True)


def _clause_words(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words after the span up to a stop or another number, and the few words before it."""
    after: list[str] = []
    for token in WORD.findall(text[end : end + 200]):
        if token in STOPS or numbers_in(token) or len(after) >= WORDS_AFTER:
            break
        after.append(token.lower())
    before: list[str] = []
    for token in reversed(WORD.findall(text[max(0, start - 80) : start])):
        if token in STOPS or numbers_in(token) or len(before) >= WORDS_BEFORE:
            break
        before.append(token.lower())
    return after, before


def _kind(after: list[str], before: list[str]) -> str | None:
    """killed, injured, hit (everyone shot) or None: the nearest word that says what happened,
    after the number on a tie ("Five dead, 8 wounded"); a word that only says someone was hit
    counts when no such word is near."""
    told: list[tuple[int, int, str]] = []
    for order, words in enumerate((after, before)):
        for distance, word in enumerate(words):
            parts = set(word.split("-"))
            kind = "killed" if parts & TOLL_WORDS else "injured" if parts & HURT_WORDS else None
            if kind:
                told.append((distance, order, kind))
    if told:
        return min(told)[2]
    return "hit" if any(w in HIT_WORDS for w in after + before) else None


def _is_junk(span: Span, text: str) -> bool:
    window = text[max(0, span.start - 8) : span.end + 9]
    digits = span.text.strip()
    if PHONE.search(window) and any(c.isdigit() for c in digits):
        return True
    if YEAR_SHAPE.match(digits):
        return True
    if any(c.isdigit() for c in digits) and STREET_AFTER.match(text[span.end : span.end + 60]):
        return True
    return bool(NUMBER_BEFORE.search(text[max(0, span.start - 20) : span.start]))


def _is_age(span: Span, text: str) -> bool:
    if "year" in span.text.lower() or re.search(r"\bage", span.text, re.IGNORECASE):
        return True
    after = text[span.end : span.end + 20]
    before = text[max(0, span.start - 30) : span.start]
    if AGE_AFTER.match(after) or AGE_BEFORE.search(before):
        return True
    return bool(NAME_COMMA_AGE.search(before) and re.match(r"^\s*[,)]", after))


def _owner_age(span: Span, text: str, incident: Incident) -> tuple[bool, int | None]:
    """(found, age): the named participant whose surname sits nearest the number."""
    best: tuple[int, int | None] | None = None
    lo, hi = max(0, span.start - NAME_REACH), span.end + NAME_REACH
    for name, age in incident.named_ages:
        surname = name[-1] if name else ""
        if len(surname) < 3:
            continue
        for m in re.finditer(rf"\b{re.escape(surname)}\b", text[lo:hi]):
            distance = min(abs(lo + m.start() - span.start), abs(lo + m.end() - span.end))
            if best is None or distance < best[0]:
                best = (distance, age)
    return (False, None) if best is None else (True, best[1])


def _span_reading(span: Span, text: str, incident: Incident) -> Reading | None:
    numbers = numbers_in(span.text)
    if not numbers:
        return None
    value: frozenset[object] = frozenset(numbers)
    if _is_junk(span, text):
        return NOT_A_VALUE
    if _is_age(span, text):
        found, age = _owner_age(span, text, incident)
        if found:
            return Reading(None if age is None else age in numbers, value)
        return Reading(bool(numbers & incident.ages) if incident.ages else None, value)
    after, before = _clause_words(text, span.start, span.end)
    kind = _kind(after, before)
    facts = {
        "killed": incident.killed,
        "injured": incident.injured,
        "hit": None
        if incident.killed is None or incident.injured is None
        else incident.killed + incident.injured,
    }
    fact = facts.get(kind) if kind else None
    if fact is None:
        return Reading(None, value)
    lower_bound = bool(set(before) & BOUND_WORDS) or "least" in span.text.lower()
    if lower_bound:
        return Reading(all(fact >= n for n in numbers), value)
    return Reading(fact in numbers, value)


def number_reading(spans: Sequence[Span], text: str, incident: Incident) -> Reading:
    """One side's spans read together: junk if any is junk, else their common verdict."""
    readings = [r for s in spans if (r := _span_reading(s, text, incident)) is not None]
    if not readings:
        return Reading(None, frozenset())
    if any(r.junk for r in readings):
        return NOT_A_VALUE
    verdicts = {r.verdict for r in readings}
    value: frozenset[object] = frozenset().union(*(r.value for r in readings))
    return Reading(verdicts.pop() if len(verdicts) == 1 else None, value)
