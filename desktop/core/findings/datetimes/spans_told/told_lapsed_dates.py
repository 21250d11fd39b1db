"""A date told as a lapse from a dated happening: "Ortega was convicted in 2016" / "The blaze in
August 2015 ... He was found guilty a year later". A lapse counted forward ("a year later", "two
months after") from the date given just before it (in its sentence or the one before) reaches a
date; the other article naming that date tells the lapse, and the lapse tells that date, each
compared at the precision both give. A lapse that reaches another date ("two years later")
keeps both marks; one with no upper bound ("more than two years later") reaches no date.
"""

from __future__ import annotations

import math
import re

from desktop.core.datetimes.dates import DateValue
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.untold.told import WHEN

_FORWARD = re.compile(r"\s*(?:later|afterwards?|after\b)", re.I)
_UNIT_MONTHS = {"years": 12, "months": 1}


def date_told_by_lapse(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This fact is a dated year (or month) the other article reaches by a lapse, or a lapse
    reaching a date the other article names."""
    if fact.type in WHEN and fact.date is not None and fact.date.year:
        return any(_same(fact.date, reached) for reached in _reached(theirs))
    reached = _lapse_reaches(fact, mine)
    if reached is None:
        return False
    return any(
        other.type in WHEN and other.date is not None and _same(reached, other.date)
        for other in theirs.facts
    )


def _reached(analysis: Analysis) -> list[DateValue]:
    return analysis.derived(
        "told_lapsed_dates.reached",
        lambda a: [d for f in a.facts if (d := _lapse_reaches(f, a)) is not None],
    )


def _lapse_reaches(fact: Fact, analysis: Analysis) -> DateValue | None:
    """The date "a year later" reaches from the date told just before it; None if it is no
    lapse forward in whole months or years, or no date stands before it."""
    number = fact.number
    # "more than a year later" reaches no one date.
    if number is None or number.dimension not in _UNIT_MONTHS or number.bound in ("lower", "upper"):
        return None
    text = analysis.document.text
    if not (fact.text.lower().endswith(("later", "after")) or _FORWARD.match(text, fact.end)):
        return None
    middle = (number.low + number.high) / 2
    if not math.isfinite(middle) or abs(round(middle) - middle) > 0.1 or round(middle) <= 0:
        return None
    count = round(middle)
    anchor = _anchor(fact, analysis)
    if anchor is None or anchor.year is None:
        return None
    months = count * _UNIT_MONTHS[number.dimension]
    if anchor.month is None:
        return DateValue(year=anchor.year + months // 12) if months % 12 == 0 else None
    total = anchor.year * 12 + anchor.month - 1 + months
    return DateValue(year=total // 12, month=total % 12 + 1)


def _anchor(fact: Fact, analysis: Analysis) -> DateValue | None:
    """The last date with a year told before the lapse, in its sentence or the one before."""
    before = [
        f
        for f in analysis.facts
        if f.type in WHEN
        and f.date is not None
        and f.date.year
        and f.start < fact.start
        and fact.sentence - 1 <= f.sentence <= fact.sentence
        and not f.said_on
    ]
    return before[-1].date if before else None


def _same(a: DateValue, b: DateValue) -> bool:
    """The same date at the precision both give."""
    if a.year != b.year:
        return False
    return a.month is None or b.month is None or a.month == b.month
