"""A relative day too far from the other article's named day for the page's date to explain.

"yesterday" in a piece dated Tuesday is Monday, or Sunday when the page was stamped the morning
after it was written (told_days.py). A weekday or calendar day on the other side that is neither
of the two is a day the articles disagree on: "tore roofs off homes yesterday" on a Tuesday page
/ "tore roofs off homes on Saturday". Without a date of its own an article's relative day is
compared with no day at all: no calendar is guessed for it.

A night counted from the writing ("last night", "overnight", "tonight") runs past midnight, so it
reaches the day after its evening too. An article datelined in a place ("TOKYO - ... today") tells
its days by that place's clock, while its page may be stamped in a zone a day behind: its relative
day may also be the day after the one its page's date gives. A relative day inside a post the
page embeds ("fired a gun this afternoon ... - Kevin Clark (@KevinANjax) February 5, 2017")
counts from the post's own date, which its signature gives, not from the page's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from desktop.core.datetimes.small_hours import SMALL_HOURS
from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import (
    DateValue,
    calendar_day,
    dates_compatible,
    parse_date,
)
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.claim_dates import written_date
from desktop.core.findings.untold.told import part_of_day
from desktop.core.lexicon import RELATIVE_DAYS
from desktop.core.naming.entity_types import datelines


def beyond_stamp_lag(
    relative: tuple[Fact, date | None],
    named: tuple[Fact, date | None],
    relative_text: str = "",
) -> bool:
    """The named day is none of the days the relative day may be, counted from its page
    (``relative_text``: the whole text of the relative day's article, for its dateline and its
    embedded posts)."""
    datelined = bool(relative_text) and bool(datelines(relative_text))
    fact, reference = relative
    reference = (post_date(relative_text, fact) if relative_text else None) or reference
    offset = _offset(fact.text)
    told = written_date(named[0], named[1])
    if reference is None or offset is None or told is None:
        return False
    if told.weekday is None and told.day is None:
        return False  # a month or year: the days of a lag lie inside it
    # A night runs one day into the next ("last night" reaches this morning's small hours).
    ahead = 1 if _NIGHT.search(fact.text) and _small_hours_or_none(named[0]) else 0
    if datelined:
        ahead = max(ahead, tuning.DATELINE_ZONE_AHEAD_DAYS)
    for lag in range(-ahead, tuning.PAGE_STAMP_LAG_DAYS + 1):
        day = reference + timedelta(days=offset - lag)
        if dates_compatible(DateValue(day.year, day.month, day.day, day.weekday()), told):
            return False
    return True


def post_date(text: str, fact: Fact) -> date | None:
    """The date a post embedded in the page signs itself with, later in the relative day's own
    paragraph ("... this afternoon inside apartment. - Kevin Clark (@KevinANjax) February 5,
    2017")."""
    end = text.find("\n", fact.end)
    match = _POST_SIGNATURE.search(text, fact.end, len(text) if end < 0 else end)
    return calendar_day(parse_date(match.group(1), None)) if match else None


# A post's signature: its author's handle in brackets, then the day it was posted.
_POST_SIGNATURE = re.compile(r"\(@\w+\)\s*([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})")


def _small_hours_or_none(named: Fact) -> bool:
    """The named day gives no hours, or the small hours ("Tuesday", "early Tuesday"): a night
    may have run into them; "Tuesday night" is another night."""
    return (
        named.small_hours or bool(SMALL_HOURS.search(named.text)) or part_of_day(named.text) is None
    )


# A relative day that is a night, and so runs into the next date.
_NIGHT = re.compile(r"\b(?:night|tonight|overnight)\b", re.I)


def _offset(text: str) -> int | None:
    words = " ".join(text.lower().split())
    found = [w for w in RELATIVE_DAYS if f" {w} " in f" {words} "]
    return RELATIVE_DAYS[max(found, key=len)] if found else None
