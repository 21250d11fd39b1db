"""A timeline moment as a reader writes it: "Sun 5 May 2024, 21:00", "May 2024", "Sunday".

``TimelineEntry.when`` is ISO at the text's precision; this turns it into words without adding
precision the text does not give (a month stays a month, a weekday stays a weekday). English
month and day names on purpose: the articles and the rest of the window are in English, and a
locale's names would mix languages on one line.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.lexicon.time_words import MONTHS
from desktop.core.model import TimelineEntry

_MONTHS = tuple(m.capitalize() for m in MONTHS)
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# A phrase no calendar places ("hours later") shows as itself; without one, as this word.
RELATIVE_WORD = "later"

_FULL = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d:\d\d))?")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d\d)")
_MONTH_DAY = re.compile(r"--(\d\d)(?:-(\d\d))?")
_CLOCK = re.compile(r"T?(\d\d:\d\d)")


def when_text(when: str, phrase: str = "") -> str:
    """``when`` in words; ``phrase`` is what the article wrote, used for a relative moment."""
    when = when.strip()
    if not when:
        return " ".join(phrase.split()) or RELATIVE_WORD
    if full := _FULL.fullmatch(when):
        year, month, day = (int(full.group(i)) for i in (1, 2, 3))
        try:
            weekday = _DAYS[date(year, month, day).weekday()] + " "
        except ValueError:  # an impossible date as written: say it without a weekday
            weekday = ""
        text = f"{weekday}{day} {_month(month)} {year}"
        return f"{text}, {full.group(4)}" if full.group(4) else text
    if ym := _YEAR_MONTH.fullmatch(when):
        return f"{_month(int(ym.group(2)))} {ym.group(1)}"
    if md := _MONTH_DAY.fullmatch(when):
        name = _month(int(md.group(1)))
        return f"{int(md.group(2))} {name}" if md.group(2) else name
    if clock := _CLOCK.fullmatch(when):
        return clock.group(1)
    return when  # a year ("2024") or a weekday ("Sunday") reads as it is


def entry_when(entry: TimelineEntry) -> str:
    """The moment of one timeline row in words."""
    spans = entry.left + entry.right
    return when_text(entry.when, spans[0].text if spans and not entry.when else "")


def _month(number: int) -> str:
    return _MONTHS[number - 1] if 1 <= number <= 12 else f"month {number}"
