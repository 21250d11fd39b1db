"""Days a story counts from a day it has named: "trapped on Friday ... rescued two days later",
"the blast on Tuesday ... died the next morning", "a day after the attack", "48 hours later".

A narrative counts such a lapse, in a sentence naming no day of its own, from the last day it gave
before that sentence, so the lapse names a day: Friday and two days make Sunday. The day is kept at
the precision of the day counted from (a weekday gives a weekday, a calendar day a calendar day) and
no calendar is guessed: with no named day shortly before it, the lapse stays a length of time.
"Hours later" and "the following week" name no day and are left alone. A sentence that dates its own
happening, even by a month or a year alone ("the March 2005 rampage ... ended with his capture the
next day"), counts its lapse from that happening, never from an earlier sentence's day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from desktop.core.extraction.facts import Fact
from desktop.core.figures.numbers.values import DateValue, calendar_day
from desktop.core.lexicon.time_words import NEXT_DAY_WORDS
from desktop.core.model import MentionType

# How far back (in sentences) a named day still anchors a lapse: a story tells its steps in
# order, and a lapse further from any named day may count from a day the text never gave.
_ANCHOR_REACH = 2
# "two days later", "a day after the attack": a lapse counts forward only when "later" or
# "after" follows it; "two days before" and "within two days" are other readings.
_FORWARD = re.compile(r"\s*(?:later|after)\b", re.I)
# A year with no 29 February, to count a day and month forward by (_without_year).
_COMMON_YEAR = 2001
# A lapse of more days than a fortnight is no longer told against a weekday.
_MOST_DAYS = 14


def date_counted_days(facts: list[Fact], text: str) -> None:
    """Give each lapse counted from a named day the day it names (in place)."""
    named = {f.sentence for f in facts if _names_a_day(f) or _dates_its_sentence(f)}
    anchor: Fact | None = None
    for fact in facts:
        if fact.type not in (MentionType.DATE, MentionType.TIME, MentionType.QUANTITY):
            continue
        days = _days_forward(fact, text)
        if days is None:
            anchor = fact if _names_a_day(fact) else anchor
            continue
        if fact.sentence in named or anchor is None:
            # "died Thursday night - nine days after suffering a heart attack": beside a day of
            # its own sentence the lapse tells how long before that day something else came.
            continue
        if 0 < fact.sentence - anchor.sentence <= _ANCHOR_REACH:
            day = _shifted(anchor.date, days)
            if day is not None:
                _dated(fact, day)
                anchor = fact


def _names_a_day(fact: Fact) -> bool:
    value = fact.date
    if value is None or fact.said_on or fact.coming:
        return False
    return value.weekday is not None or (value.month is not None and value.day is not None)


def _dates_its_sentence(fact: Fact) -> bool:
    """ "the March 2005 rampage that ended with his capture the next day": a month or a year
    dates the happening its own sentence tells, and the lapse counts from that happening, not
    from a day an earlier sentence gave another one."""
    value = fact.date
    return (
        fact.type is MentionType.DATE
        and value is not None
        and value.year is not None
        and not fact.said_on
        and not fact.coming
    )


def _days_forward(fact: Fact, text: str) -> int | None:
    words = " ".join(fact.text.lower().split())
    if fact.date is None and fact.type is not MentionType.QUANTITY and words in NEXT_DAY_WORDS:
        return 1
    number = fact.number
    if fact.type is not MentionType.QUANTITY or number is None or number.dimension != "days":
        return None
    if number.low != number.high or number.bound or not number.low.is_integer():
        return None
    if not 1 <= number.low <= _MOST_DAYS:
        return None
    forward = words.endswith(" later") or _FORWARD.match(text, fact.end) is not None
    return int(number.low) if forward else None


def _shifted(value: DateValue | None, days: int) -> DateValue | None:
    if value is None:
        return None
    day = calendar_day(value)
    if day is not None:
        moved: date = day + timedelta(days=days)
        return DateValue(moved.year, moved.month, moved.day, moved.weekday())
    if value.weekday is not None:
        return DateValue(weekday=(value.weekday + days) % 7)
    if value.month is not None and value.day is not None:
        return _without_year(value.month, value.day, days)
    return None


def _without_year(month: int, day: int, days: int) -> DateValue | None:
    """ "on March 3 ... two days later" is March 5 in any year; a count that runs past the end
    of February depends on the year, which the text does not give."""
    if month == 2 and day + days > 28:
        return None
    moved = date(_COMMON_YEAR, month, day) + timedelta(days=days)
    return DateValue(month=moved.month, day=moved.day)


def _dated(fact: Fact, day: DateValue) -> None:
    fact.date, fact.lapse_day = day, True
    if fact.type is MentionType.QUANTITY:
        fact.type = MentionType.DATE
        fact.number = None
        fact.value = day.display()
        fact.key = f"date:{fact.value}"
