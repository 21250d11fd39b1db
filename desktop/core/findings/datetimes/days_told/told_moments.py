"""Moments told at the precision both articles give: "8:30 p.m. Thursday" by "Thursday
evening", "Friday morning" by "on Friday" (a clock or a part of the day read with its day, as
the parser may take them apart)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop.core.datetimes.clock import parse_time
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.datetimes.days.day_parts import parts_meet
from desktop.core.findings.untold.told import WHEN, clock_in_their_part, part_of_day, same_day

# The words between a day and its part of the day read as two facts: "Thursday evening",
# "8:30 p.m., Thursday", "before dawn on Wednesday", "the early hours of Monday".
_BESIDE = re.compile(r".{0,2}|[\s,]*(?:(?:on|of)\s+)?", re.S)


def clock_in_dated_part(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """ "8:30 p.m. Thursday" / "Thursday evening" anywhere: both name the day, and the other's
    part of it holds the clock, so the other tells the moment at its own precision."""
    clock = parse_time(fact.text)
    if clock is None or fact.type not in WHEN or fact.other_event:
        return False
    holding = _same_day_moments(fact, mine, theirs, lambda o: clock_in_their_part(clock, fact, o))
    return next(holding, None) is not None


def part_of_their_day(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """ "Friday morning" / "on Friday": the other article gives the day, and no other part of
    it, so it tells the moment at the precision both give ("Friday night" there is another
    moment; "the early hours" and "before dawn" share their hours, so are one)."""
    part = part_of_day(fact.text)
    if part is None or parse_time(fact.text) is not None or fact.other_event:
        return False
    others = [o.text for o in _same_day_moments(fact, mine, theirs)]
    return bool(others) and all(
        (p := part_of_day(o)) is None or p == part or parts_meet(fact.text, o) for o in others
    )


def _same_day_moments(
    fact: Fact, mine: Analysis, theirs: Analysis, keep: Callable[[Fact], bool] = lambda o: True
) -> Iterator[Fact]:
    """The other article's days and times (those ``keep`` lets through) on the day ``fact`` or
    the day beside it names, compared at the precision both give."""
    my_days = _dated(fact, mine)
    for other in theirs.facts:
        if other.type not in WHEN or other.other_event or not keep(other):
            continue
        if any(
            same_day(a, a.date, b, b.date)
            for a in my_days
            for b in _dated(other, theirs)
            if a.date is not None and b.date is not None
        ):
            yield other


def _dated(moment: Fact, analysis: Analysis) -> list[Fact]:
    """The moment itself when it carries its day, else the day it is read with ("Thursday" +
    "evening", "8:30 p.m." + "Thursday", taken apart by the parser)."""
    if moment.date is not None and not moment.date.is_empty:
        return [moment]
    text = analysis.document.text
    return [
        f
        for f in analysis.facts
        if f.date is not None
        and not f.date.is_empty
        and f.sentence == moment.sentence
        and (
            (f.end <= moment.start and _BESIDE.fullmatch(text[f.end : moment.start]))
            or (moment.end <= f.start and _BESIDE.fullmatch(text[moment.end : f.start]))
        )
    ]


# A wait told as a figure ("About 10 minutes after ...") or by its unit alone ("minutes later").
_SPAN = re.compile(r"(?:\b(\w+)\s+)?\b(minute|hour|day|week)s?\b", re.I)
_UNITS = "(minute|hour|day|week)"
# Opened with \b: a match can only start where a word does (the word is its first group), and
# without it the engine tried every letter of every word.
_WAIT = r"\b(\w+)\s+{unit}s?\s+(?:later|earlier|after|before)\b"


def span_told_vaguely(fact: Fact, theirs: Analysis) -> bool:
    """ "About 10 minutes after she was escorted out, she returned" / "returned minutes later":
    one wait, told at the precision each side gives. A figure is told only by the unit alone
    ("10 minutes" is not "15 minutes later"); the unit alone by either."""
    if not (fact.type in WHEN or _hours_long(fact)) or parse_time(fact.text) is not None:
        return False
    match = _SPAN.search(fact.text)
    if match is None:
        return False
    unit = match.group(2).lower()
    figure = _is_figure(match.group(1) or "")
    waits = theirs.derived("told_moments.waits", _waits).get(unit, [])
    return any(not (figure and their_figure) for their_figure in waits)


def _hours_long(fact: Fact) -> bool:
    """ "About 10 minutes", read as a length of time (durations.hours_long), is a wait too."""
    return fact.number is not None and fact.value.endswith((" hours", " minutes"))


def _waits(analysis: Analysis) -> dict[str, list[bool]]:
    """Each unit of wait the article writes ("minutes later"), with whether a figure gives it."""
    found: dict[str, list[bool]] = {}
    for match in re.finditer(_WAIT.format(unit=_UNITS), analysis.document.text, re.I):
        found.setdefault(match.group(2).lower(), []).append(_is_figure(match.group(1)))
    return found


def _is_figure(word: str) -> bool:
    """ "10", "ten": a figure; "a few", "several", "returned": the unit told alone."""
    value = parse_number(word) if word else None
    return value is not None and value.exact
