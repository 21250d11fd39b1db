"""A lapse between the story's shooting and what followed it, read from its words: "two hours
later", "90 minutes later", "an hour and a half after the shooting", "hours later", "shortly
afterward", "the next day", "a week later".

A lapse of minutes or hours is read as elapsed minutes, a range that a hedge ("about") or a count
with no number ("hours later") widens. A lapse of days is read as calendar days after the
shooting's day, as a report counts them ("the next day" is the day after, whatever the hour). A
lapse "after" something else than the shooting ("died shortly after arriving at the hospital") is
counted from another moment and is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.lexicon.lapses import (
    COUNT_WORDS,
    HEDGED_SPREAD,
    HEDGES,
    PLAIN_SPREAD,
    SOON_MINUTES,
    SOON_WORDS,
    UNIT_MINUTES,
    VAGUE_COUNTS,
    VAGUE_REACH,
)

_COUNT = "|".join(
    sorted((re.escape(w) for w in list(COUNT_WORDS) + list(VAGUE_COUNTS) if w), key=len)[::-1]
)
_HEDGE = "|".join(HEDGES)
_SOON = "|".join(re.escape(w) for w in SOON_WORDS)
# What a lapse is counted after: "later", "afterward", or the shooting itself.
_AFTER = (
    r"(?:later|afterwards?|after (?:the (?:shooting|attack|incident|gunfire)|(?:he|she|they) "
    r"(?:was|were) shot|being shot))\b"
)
LAPSE = re.compile(
    rf"\b(?:(?P<hedge>{_HEDGE}) )?"
    rf"(?:(?P<count>\d+(?:\.\d+)?|{_COUNT}) )?(?P<unit>minute|hour|day|week)s?"
    rf"(?P<half> and a half)? {_AFTER}"
    rf"|\b(?:the )?(?:next|following) (?:day|morning|afternoon|evening|night)\b"
    rf"|\b(?:{_SOON}) {_AFTER}"
)


@dataclass(frozen=True, slots=True)
class Lapse:
    """How long after the shooting something came: elapsed minutes, or calendar days."""

    low: float
    high: float
    days: bool  # counted in calendar days after the shooting's day, not in minutes

    def overlaps(self, other: Lapse) -> bool:
        return self.low <= other.high and other.low <= self.high


def read_lapse(words: str) -> Lapse | None:
    """The lapse ``words`` (one match of ``LAPSE``, lowercased) tell; None when they tell none."""
    match = LAPSE.fullmatch(words)
    if match is None:
        return None
    unit = match.group("unit")
    if unit is None:
        if re.match(rf"(?:{_SOON}) ", words):
            return Lapse(*SOON_MINUTES, days=False)
        return Lapse(1.0, 1.0, days=True)  # "the next day", "the following morning"
    count, hedge = match.group("count"), match.group("hedge")
    if count is None or count in VAGUE_COUNTS:
        low, high = VAGUE_REACH[unit] if count is None else VAGUE_COUNTS[count]
        return _in_unit(low, high, unit)
    number = COUNT_WORDS.get(count)
    if number is None:
        number = float(count)
    if match.group("half"):
        number += 0.5
    spread = HEDGED_SPREAD if hedge else PLAIN_SPREAD
    if unit in ("day", "week"):
        spread = HEDGED_SPREAD if hedge or unit == "week" else 0.0
    return _in_unit(number * (1 - spread), number * (1 + spread), unit)


def _in_unit(low: float, high: float, unit: str) -> Lapse:
    if unit in ("day", "week"):
        per = 7.0 if unit == "week" else 1.0
        return Lapse(round(low * per), round(high * per), days=True)
    per = UNIT_MINUTES[unit]
    return Lapse(low * per, high * per, days=False)


def latest_day(lapse: Lapse) -> float:
    """The latest calendar day after the shooting's day a lapse may end on: a lapse of hours ends
    the same day, or the next when the shooting came late in the day."""
    if lapse.days:
        return lapse.high
    return 1.0 + lapse.high // (24 * 60)
