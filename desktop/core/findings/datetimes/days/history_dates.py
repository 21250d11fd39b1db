"""A day of the story's history against a day of its news.

"He joined the club on June 27, 2001" / "He was fired March 2", on pages of 2008: a news report
gives the days of its own news without a year, and a year only to a day long past. A day whose
year lies more than a year before its page's (tuning.HISTORY_YEARS), set against a day with no
year at all, is a day of the history and a day of the news: two happenings, never one day told
twice.
"""

from __future__ import annotations

from datetime import date

from desktop.core.figures.numbers.values import DateValue
from desktop.core.findings import tuning


def history_and_news(
    days: tuple[DateValue, DateValue], refs: tuple[date | None, date | None]
) -> bool:
    """One day carries a year long before its page's, the other carries none."""
    for i in (0, 1):
        dated, plain, ref = days[i], days[1 - i], refs[i]
        if ref is None or dated.year is None or plain.year is not None:
            continue
        if plain.month is None and plain.day is None:
            continue  # a weekday alone: the lead-dates rules weigh it
        if dated.year < ref.year - tuning.HISTORY_YEARS:
            return True
    return False
