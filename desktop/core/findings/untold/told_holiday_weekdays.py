"""A weekday told by a holiday that always falls on it, in the sentence that tells the same
thing: "a float struck four spectators Thursday afternoon" / "a float struck them on Thanksgiving
Day". Thanksgiving Day is a Thursday every year (``lexicon/weekday_holidays``): the two name one
day in two ways, at the precision both give, as a weekday and a relative day the article cannot
place are (``told._unanchored_pair``), and a part of the day one side adds does not make the day a
fact the other lacks. The other way round too: the holiday is told by its weekday there.

Only in a statement partner (a sentence shown as telling the same thing): a Thursday elsewhere in
the article may be another day. A clock time ("at 6 p.m. Thursday") is a finer fact and keeps its
mark, and so does another weekday ("Friday" / "Thanksgiving Day").
"""

from __future__ import annotations

import re

from desktop.core.datetimes.clock import parse_time
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import any_of
from desktop.core.findings.alignment.statement_partners import Partners, statement_partners
from desktop.core.findings.untold.told import WHEN
from desktop.core.lexicon.time_words import WEEKDAY_NAME
from desktop.core.lexicon.weekday_holidays import WEEKDAY_HOLIDAYS
from desktop.core.model import MentionType

_NAMED = frozenset({MentionType.EVENT, MentionType.ORGANISATION, MentionType.PERSON})
_HOLIDAY = re.compile(
    r"\b(" + any_of(sorted(WEEKDAY_HOLIDAYS, key=len, reverse=True)) + r")\b", re.I
)


def weekday_told_by_holiday(
    fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners
) -> bool:
    """This day is a weekday (or a holiday fixed to one), and a statement partner names a
    holiday on that weekday (or that weekday)."""
    if parse_time(fact.text) is not None:
        return False
    mine_day = _weekday(fact.text)
    if mine_day is None or not (fact.type in WHEN or (mine_day[1] and fact.type in _NAMED)):
        return False  # the model reads "Thanksgiving Day" as an event as often as a date
    text = theirs.document.text
    for sentence in statement_partners(fact, theirs, aligned):
        their_day = _weekday(text[sentence.start : sentence.end])
        # One side by the holiday, the other by the weekday's name: two weekday names are
        # compared by the passes for days, parts of the day and all.
        if their_day is not None and their_day[0] == mine_day[0] and their_day[1] != mine_day[1]:
            return True
    return False


def _weekday(words: str) -> tuple[str, bool] | None:
    """The weekday these words name, and whether by a holiday fixed to it ("Easter Monday" is
    the holiday, not a bare Monday)."""
    if (holiday := _HOLIDAY.search(words)) is not None:
        return WEEKDAY_HOLIDAYS[" ".join(holiday.group(1).lower().split())], True
    if (named := WEEKDAY_NAME.search(words)) is not None:
        return named.group(0).lower(), False
    return None
