"""A lapse of days told by a month-wide span in the sentence that tells the same happening.

"after suffering a heart attack earlier this month" / "nine days after suffering a heart attack":
both sentences date one happening, the one by the part of the month it fell in, the other by the
days that passed between it and the next. Compared at the precision both give they do not
differ: neither is a fact the other article lacks. A lapse longer than the span can reach ("six
weeks after" / "earlier this month") is another time, and stays one-sided.

Only inside two sentences shown as one statement (aligned at least ``STATEMENT_AGREE``): there
the two times belong to the same happening.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.alignment.statement_partners import Partners, statement_partners
from desktop.core.lexicon.month_spans import LAPSE_UNIT_DAYS, MONTH_SPAN_DAYS

_SPAN = re.compile(
    r"\b(?:(?:earlier|later)\s+)?(?P<count>" + "|".join(MONTH_SPAN_DAYS) + r")\s+month\b",
    re.I,
)
_LAPSE = re.compile(
    r"\b(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>" + "|".join(LAPSE_UNIT_DAYS) + r")\b",
    re.I,
)


def lapse_told_by_month_span(
    fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners
) -> bool:
    """This fact is a month-wide span and a sentence told as one with it counts a lapse the
    span can hold, or the other way round."""
    if fact.said_on or fact.other_event:
        return False
    words = mine.document.text[fact.start : fact.end]
    reach = _reach(words)
    lapse = None if reach is not None else _lapse_days(words)
    if reach is None and lapse is None:
        return False
    text = theirs.document.text
    for sentence in statement_partners(fact, theirs, aligned):
        said = text[sentence.start : sentence.end]
        if reach is not None and any(
            (days := _lapse_days(m.group(0))) is not None and days <= reach
            for m in _LAPSE.finditer(said)
        ):
            return True
        if lapse is not None and any(
            (their_reach := _reach(m.group(0))) is not None and lapse <= their_reach
            for m in _SPAN.finditer(said)
        ):
            return True
    return False


def _reach(words: str) -> int | None:
    """The most days back a month-wide span reaches, or None if the words give no such span."""
    match = _SPAN.search(words)
    return None if match is None else MONTH_SPAN_DAYS[match.group("count").lower()]


def _lapse_days(words: str) -> int | None:
    """ "nine days" -> 9, "two weeks" -> 14; None for no whole count of days or weeks."""
    match = _LAPSE.search(words)
    if match is None:
        return None
    number = parse_number(match.group("n"))
    if number is None or not number.exact or number.low <= 0:
        return None
    return int(number.low * LAPSE_UNIT_DAYS[match.group("unit").lower()])
