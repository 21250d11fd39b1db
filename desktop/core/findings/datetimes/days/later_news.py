"""A day after the other article was printed is news that article could not tell.

"The presidential memorandum issued yesterday" on a page of 4 March / "The administration
overturned the rule today" on a page of 28 April: the second day lies weeks after the first page
was printed, so the first article cannot be dating that happening at all. The two days date two
stages of one story (an order, then a rule struck down), never one happening told twice: no
clash. Only a day already past on its own page counts: "the vote will be held on December 15" is
a day to come that both articles may give, alike or not. A page's own date may lag its news by a
day (printed after midnight, dated by another time zone), so a day counts as later news only past
``tuning.PAGE_DAY_SLACK`` days after the other page.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.figures.numbers.values import DateValue, calendar_day
from desktop.core.findings import tuning


def after_the_other_page(
    days: tuple[DateValue, DateValue], refs: tuple[date | None, date | None]
) -> bool:
    """Either day, past on its own page, falls after the other article's page date."""
    slack = timedelta(days=tuning.PAGE_DAY_SLACK)
    for day, own, other in ((days[0], refs[0], refs[1]), (days[1], refs[1], refs[0])):
        when = _past_on_its_page(day, own)
        if when is not None and other is not None and when > other + slack:
            return True
    return False


def _past_on_its_page(day: DateValue, own: date | None) -> date | None:
    """The calendar day a date names, when it is no later than its own page's date; a day and
    month with no year ("on March 8") are of the page's year, as news gives the days of its own
    year."""
    if own is None:
        return None
    whole = calendar_day(day)
    if whole is None and day.month is not None and day.day is not None and day.year is None:
        try:
            whole = date(own.year, day.month, day.day)
        except ValueError:
            return None
    return whole if whole is not None and whole <= own else None
