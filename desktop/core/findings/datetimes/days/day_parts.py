"""Two parts of one day: "on Saturday evening" / "on Saturday morning".

Compared at the precision both give, the two name the same day, but each also names the hours
of it, and a morning and an evening do not meet: a reader of both is told two times. Where the
spans overlap ("evening" / "night", "morning" / "dawn") or one side names no part, the day alone
is compared. A night runs past midnight, so "Saturday night" holds Sunday's small hours; the
small hours of the next day against a night are ``claim_dates._one_night``'s case, not this one.
"Overnight" is left out: which night it closes is not said.

A clock against a part of the day named in words is compared the same way: "in the early hours of
Monday" and "at 9 p.m. Monday" name one day but two times, while "3 a.m. Monday" lies in those
early hours. The clock is taken as told round (``CLOCK_ROUNDING_HOURS`` either side), and only a
part the text names counts ("early Monday" says no hours of its own). A bare "late Monday" is
the latter part of the day, the late afternoon included: against "Monday afternoon" it tells
no other time, against "Monday morning" it does.
"""

from __future__ import annotations

import re

from desktop.core.datetimes.clock import parse_time
from desktop.core.extraction.extract import Fact
from desktop.core.findings.tuning import CLOCK_ROUNDING_HOURS
from desktop.core.findings.untold.told import part_of_day
from desktop.core.lexicon import NARROW_PARTS_OF_DAY, PARTS_OF_DAY
from desktop.core.lexicon.time_words import LATE_DAY_HOURS

_HOURS_IN_DAY = 24
_NOON = 12
# Where the small hours after midnight end and a night begins: the hours a day named with
# midnight or "overnight" holds at either end.
_SMALL_HOURS_END = NARROW_PARTS_OF_DAY["small hours"][1]
_NIGHT_FROM = PARTS_OF_DAY["night"][0]


def parts_apart(a: Fact, b: Fact) -> bool:
    """Both facts name a part of their (same) day, or one a part and the other a clock, and the
    two share no hour."""
    first, second = part_of_day(a.text), part_of_day(b.text)
    if _small_hours_apart((a, first), (b, second)) or _small_hours_apart((b, second), (a, first)):
        return True
    if first is not None and second is not None:
        if "overnight" in (first, second):
            return False
        (a0, a1), (b0, b1) = _part_hours(a.text, first), _part_hours(b.text, second)
        return not (a0 < b1 and b0 < a1)
    return _clock_outside_part(a, b) or _clock_outside_part(b, a)


def _small_hours_apart(small: tuple[Fact, str | None], parted: tuple[Fact, str | None]) -> bool:
    """ "in the early hours of Friday" (the tagger leaves "Friday" a day of its own, with the
    small hours before it) against "late Friday night": the small hours of a day come before its
    afternoon, evening and night, so the two name two times. Midnight named with the day is both
    ("at midnight on Friday"), and so is "an overnight fire Friday": the night that closes the day
    as much as the small hours that open it, so only a part of the daylight hours ("Friday
    afternoon") is apart from it. A clock is compared as a clock."""
    fact, part = small
    if not fact.small_hours or part is not None or _has_clock(fact):
        return False
    if parted[1] is None or _has_clock(parted[0]):
        return False
    first, last = _part_hours(parted[0].text, parted[1])
    if fact.midnight:
        return first >= _SMALL_HOURS_END and last <= _NIGHT_FROM
    return first >= _NOON  # an afternoon, an evening, a night: never the small hours before it


def _has_clock(fact: Fact) -> bool:
    return parse_time(fact.text) is not None


def _clock_outside_part(clocked: Fact, parted: Fact) -> bool:
    """ "9 p.m." against "the early hours": the clock, told round, lies outside the hours of the
    part the other fact names in words (a narrow part such as "mid-morning" first)."""
    clock = parse_time(clocked.text)
    if clock is None or parse_time(parted.text) is not None:
        return False
    hours = named_hours(parted.text)
    if hours is None:
        return False
    hour = int(clock[:2]) + int(clock[3:5]) / 60
    first, last = hours
    for shift in (0, _HOURS_IN_DAY, -_HOURS_IN_DAY):
        at = hour + shift
        if first - CLOCK_ROUNDING_HOURS < at < last + CLOCK_ROUNDING_HOURS:
            return False
    return True


def clock_within_part(a: Fact, b: Fact) -> bool:
    """ "in the early hours of Sunday" / "at about 1:30 a.m. Sunday": one fact gives a clock and
    the other names a part of the day in words whose hours hold it, told round. The two are one
    moment at two precisions, never a time swapped for another."""
    for clocked, parted in ((a, b), (b, a)):
        clock = parse_time(clocked.text) is not None
        in_words = parse_time(parted.text) is None and named_hours(parted.text) is not None
        if clock and in_words:
            return not _clock_outside_part(clocked, parted)
    return False


def parts_meet(a: str, b: str) -> bool:
    """Two parts of one day named in words share an hour: "the early hours" and "before dawn",
    "evening" and "night". Compared at the precision both give, they tell one moment."""
    first, second = named_hours(a), named_hours(b)
    return (
        first is not None and second is not None and first[0] < second[1] and second[0] < first[1]
    )


def named_hours(text: str) -> tuple[int, int] | None:
    """The hours of the part of the day the words name, a night's running past midnight."""
    words = " ".join(re.findall(r"[a-z]+", text.lower().replace("-", " ")))
    for part, (first, last) in sorted(NARROW_PARTS_OF_DAY.items(), key=lambda p: -len(p[0])):
        if re.search(rf"\b{re.escape(part.replace('-', ' '))}\b", words):
            return (first, last) if first < last else (first, last + _HOURS_IN_DAY)
    named = [w for w in words.split() if w in PARTS_OF_DAY and w != "overnight"]
    return _hours(named[0]) if len(named) == 1 else None


def _part_hours(text: str, part: str) -> tuple[int, int]:
    """The hours the words give a day: a bare "late Wednesday" reaches back into the late
    afternoon, so it shares hours with "Wednesday afternoon" though it reads as a night."""
    words = re.findall(r"[a-z]+", text.lower())
    if "late" in words and not any(w in PARTS_OF_DAY for w in words):
        return LATE_DAY_HOURS
    return _hours(part)


def _hours(part: str) -> tuple[int, int]:
    first, last = PARTS_OF_DAY[part]
    return (first, last) if first < last else (first, last + _HOURS_IN_DAY)
