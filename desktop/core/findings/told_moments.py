"""Moments told at the precision both articles give: "8:30 p.m. Thursday" by "Thursday
evening", "Friday morning" by "on Friday" (a clock or a part of the day read with its day, as
the parser may take them apart)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.clock import parse_time
from desktop.core.extract import Analysis, Fact
from desktop.core.findings.told import WHEN, clock_in_their_part, part_of_day, same_day

_BESIDE = 2  # characters between a day and its part of the day read as two facts: " "


def clock_in_dated_part(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """ "8:30 p.m. Thursday" / "Thursday evening" anywhere: both name the day, and the other's
    part of it holds the clock, so the other tells the moment at its own precision."""
    clock = parse_time(fact.text)
    if clock is None or fact.type not in WHEN or fact.other_event:
        return False
    my_days = _dated(fact, mine.facts)
    for other in theirs.facts:
        if other.type not in WHEN or other.other_event:
            continue
        if not clock_in_their_part(clock, fact, other):
            continue
        for a in my_days:
            for b in _dated(other, theirs.facts):
                assert a.date is not None and b.date is not None
                if same_day(a, a.date, b, b.date):
                    return True
    return False


def part_of_their_day(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """ "Friday morning" / "on Friday": the other article gives the day, and no other part of
    it, so it tells the moment at the precision both give."""
    part = part_of_day(fact.text)
    if part is None or parse_time(fact.text) is not None or fact.other_event:
        return False
    my_days = _dated(fact, mine.facts)
    told = False
    for other in theirs.facts:
        if other.type not in WHEN or other.other_event:
            continue
        for a in my_days:
            for b in _dated(other, theirs.facts):
                assert a.date is not None and b.date is not None
                if not same_day(a, a.date, b, b.date):
                    continue
                their_part = part_of_day(other.text)
                if their_part is not None and their_part != part:
                    return False  # "Friday morning" / "Friday night": two moments
                told = True
    return told


def _dated(moment: Fact, facts: Sequence[Fact]) -> list[Fact]:
    """The moment itself when it carries its day, else the day it is read with ("Thursday" +
    "evening", "8:30 p.m." + "Thursday", taken apart by the parser)."""
    if moment.date is not None and not moment.date.is_empty:
        return [moment]
    return [
        f
        for f in facts
        if f.date is not None
        and not f.date.is_empty
        and f.sentence == moment.sentence
        and (0 <= moment.start - f.end <= _BESIDE or 0 <= f.start - moment.end <= _BESIDE)
    ]
