"""A day one article gives by its date and the other by the holiday fixed to it: "the bands march
on January 1" / "their New Year's Day march", "legal from January 1, 2020" / "legal with the
start of the New Year".

New Year's Day is January 1 every year (``lexicon/fixed_holidays``): the holiday names the date
in other words, so neither is a day the other article leaves out. A date on another day ("January
2" / "New Year's Day") keeps its mark, and so does a holiday the other article dates by no day.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.lexicon.fixed_holidays import FIXED_HOLIDAYS
from desktop.core.model import MentionType
from desktop.core.naming.names import bare_name

# A holiday capitalised as a name ("New Year's Day", "Christmas Eve"), the apostrophe either way;
# the longest name first, so "New Year's Eve" is never read as "New Year".
_HOLIDAY = compiled(
    r"\b(?:"
    + "|".join(
        r"\s+".join(
            re.escape(w if w == "of" else w[:1].upper() + w[1:]).replace("'", "['’]")
            for w in name.split()
        )
        for name in sorted(FIXED_HOLIDAYS, key=len, reverse=True)
    )
    + r")(?![\w'’])"
)


def date_told_by_holiday(fact: Fact, theirs: Analysis) -> bool:
    """This date's month and day are those of a holiday the other article names."""
    if fact.type is not MentionType.DATE or fact.date is None:
        return False
    day = (fact.date.month, fact.date.day)
    if None in day:
        return False
    return day in theirs.derived("told_holidays.days", _holiday_days)


def holiday_told_by_date(fact: Fact, theirs: Analysis) -> bool:
    """This name is a holiday, and the other article gives a date on its day."""
    day = FIXED_HOLIDAYS.get(_folded(bare_name(fact.text)))
    if day is None:
        return False
    return any(
        other.type is MentionType.DATE
        and other.date is not None
        and (other.date.month, other.date.day) == day
        for other in theirs.facts
    )


def _holiday_days(article: Analysis) -> frozenset[tuple[int, int]]:
    return frozenset(
        FIXED_HOLIDAYS[_folded(m.group(0))] for m in _HOLIDAY.finditer(article.document.text)
    )


def _folded(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().removeprefix("the ").split())
