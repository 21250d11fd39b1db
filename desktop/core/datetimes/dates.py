"""Dates as a news text gives them: "Sept. 22", "Friday", "last month", "2023-09-22", each at
the precision written (a weekday stays a weekday, a day without its year stays without one).
Relative days ("yesterday", "last night") need the article's own date."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from desktop.core.lexicon.time_words import MONTHS, WEEKDAYS

_MONTHS = {m: i for i, m in enumerate(MONTHS, start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date at the precision the text gives: year, month, day or weekday only."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday; kept when the text names the day
    # "early March", "late 2019": the first or last third of the month (or year) told, which
    # denies a day (or month) in the opposite third; "" for no part told.
    part: str = ""

    def display(self) -> str:
        if self.year and self.month and self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.year and self.month:
            return f"{self.year:04d}-{self.month:02d}"
        if self.year:
            return f"{self.year:04d}"
        if self.month and self.day:
            return f"--{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"--{self.month:02d}"
        if self.weekday is not None:
            return WEEKDAYS[self.weekday].capitalize()
        return ""

    @property
    def is_empty(self) -> bool:
        # ``display() == ""`` without building the string (read some 40,000 times a comparison).
        return not (self.year or self.month or self.weekday is not None)


# A comparison reads each mention's date again for every partner it weighs.
@lru_cache(maxsize=4096)
def parse_date(text: str, reference: date | None = None) -> DateValue | None:
    """Read "September 22, 2023", "June 1998", "2003", "Sunday", "today", "Nov. 8".

    Weekdays and "yesterday" resolve against ``reference`` (the article's own date) to the most
    recent such day, as news reports speak of the past week.
    """
    raw = " ".join(text.lower().replace(".", " ").replace(",", " ").split())
    if not raw:
        return None
    # "mid-March", "mid-2019": the month or year at its own precision, as "mid March" is.
    raw = _MID.sub("mid ", raw)
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", raw)
    if iso:
        return _checked(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    words = raw.split()
    month = next(
        (_MONTHS[w] for w in words if w in _MONTHS and _is_month_word(w, words, text)), None
    )
    year = next((int(w[:4]) for w in words if re.fullmatch(r"(1[6-9]|20)\d\d(s)?", w)), None)
    day = next((d for d in (_day_number(w) for w in words) if d is not None), None)
    weekday = next(
        (i for i, name in enumerate(WEEKDAYS) if name in words or name[:3] in words), None
    )
    part = _part_of(raw) if day is None and weekday is None else ""
    if month is not None:
        if day is None or (year is None and reference is None):
            value = DateValue(year=year, month=month, day=day, weekday=weekday, part=part)
            return value if not value.is_empty else None
        # A day and month without a year is the nearest such day to the page's own date: "Nov.
        # 1" in a piece dated 1 January is the November just gone, not the one ten months ahead.
        if year is None and reference is not None:
            year = _nearest_year(reference, month, day)
        return _checked(year, month, day)
    if year is not None:
        return DateValue(year=year, part=part)
    relative = _relative(words, reference)
    if relative is not None:
        return relative
    if weekday is not None:
        if reference is not None:
            back = (reference.weekday() - weekday) % 7
            if _AHEAD & set(words):
                # "next Tuesday", "this coming Friday": the first such day after the page's.
                back = -((weekday - reference.weekday()) % 7 or 7)
            elif "last" in words and back == 0:
                back = 7  # "last Tuesday" on a Tuesday is a week ago, not today
            resolved = reference - timedelta(days=back)
            return DateValue(resolved.year, resolved.month, resolved.day, weekday)
        return DateValue(weekday=weekday)
    return None


_MID = re.compile(r"\bmid-(?=[a-z0-9])")


# Words that put a month or year in its first or last third: "early March", "the end of 2019".
_PARTS = {"early": "early", "beginning": "early", "start": "early", "late": "late", "end": "late"}


def _part_of(raw: str) -> str:
    return next((_PARTS[w] for w in raw.split() if w in _PARTS), "")


def _is_month_word(word: str, words: list[str], text: str) -> bool:
    return word != "may" or _may_is_month(words) or _MONTH_MAY.search(text) is not None


# "May" written as a name is the month ("closed in May", "early May"); the modal is written in
# lower case, or capitalised where it opens a sentence ("May God ..."): a date phrase that opens
# with "May" needs a day or year after it (``_may_is_month``).
_MONTH_MAY = re.compile(r"(?<!^)(?<!\. )\bMay\b|^May$")


def _day_number(word: str) -> int | None:
    if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", word):
        day = int(re.sub(r"\D", "", word))
        return day if 1 <= day <= 31 else None
    return None


def _may_is_month(words: list[str]) -> bool:
    i = words.index("may")
    near = words[max(0, i - 1) : i + 2]
    return any(re.fullmatch(r"\d{1,4}(st|nd|rd|th)?", w) for w in near)


def _nearest_year(reference: date, month: int, day: int) -> int:
    # "Nov. 8" in a piece dated 30 October means this year's November, not last year's.
    best = reference.year
    best_gap = math.inf
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            gap = abs((date(year, month, day) - reference).days)
        except ValueError:
            continue
        if gap < best_gap:
            best, best_gap = year, gap
    return best


def _relative(words: list[str], reference: date | None) -> DateValue | None:
    if reference is None:
        return None
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    for word, offset in offsets.items():
        if word in words:
            d = reference + timedelta(days=offset)
            return DateValue(d.year, d.month, d.day, d.weekday())
    if not any(w in WEEKDAYS for w in words):
        # "last night" and "overnight" on a Tuesday page: the night from Monday into Tuesday,
        # dated by its evening (a small hour of Tuesday is the same night, claim_dates); "this
        # morning" is the page's own day.
        back = (
            _NIGHT_BEFORE
            if ("last" in words and "night" in words) or "overnight" in words
            else None
        )
        if back is None and "this" in words and _PARTS_OF_TODAY & set(words):
            back = 0
        if back is not None:
            d = reference - timedelta(days=back)
            return DateValue(d.year, d.month, d.day, d.weekday())
    if "month" in words:
        # "last month" in a piece of 3 June is May: a month, at a month's precision.
        step = {"last": -1, "this": 0, "next": 1}
        shift = next((step[w] for w in words if w in step), None)
        if shift is not None:
            index = reference.year * 12 + reference.month - 1 + shift
            return DateValue(year=index // 12, month=index % 12 + 1)
    if "last" in words and "year" in words:
        return DateValue(year=reference.year - 1)
    if "this" in words and "year" in words:
        return DateValue(year=reference.year)
    if "next" in words and "year" in words:
        return DateValue(year=reference.year + 1)
    return None


_NIGHT_BEFORE = 1
_PARTS_OF_TODAY = frozenset({"morning", "afternoon", "evening"})

# Words that set a weekday after the page's date rather than before it.
_AHEAD = frozenset({"next", "coming"})


def _checked(year: int | None, month: int, day: int) -> DateValue | None:
    try:
        if year is not None:
            d = date(year, month, day)
            return DateValue(d.year, d.month, d.day, d.weekday())
        date(2000, month, day)
    except ValueError:
        return None
    return DateValue(month=month, day=day)


def dates_compatible(a: DateValue, b: DateValue) -> bool | None:
    """Compare at the precision both share; None when they share none (a year and a weekday)."""
    compared = False
    for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day)):
        if x is not None and y is not None:
            compared = True
            if x != y:
                return False
    if a.weekday is not None and b.weekday is not None:
        compared = True
        if a.weekday != b.weekday:
            return False
    if compared and (_other_third(a, b) or _other_third(b, a)):
        return False  # "early March" / "March 25"
    return True if compared else None


def _other_third(told: DateValue, other: DateValue) -> bool:
    """ "early March" denies a day in the last third of March, "late 2019" a month in the first
    third of 2019; the middle third lies near either edge and denies neither."""
    if not told.part or told.day is not None:
        return False
    if told.month is not None:
        unit, length = other.day, 31
    else:
        unit, length = other.month, 12
    if unit is None or (told.month is None and other.month is None):
        return False
    third = length / 3
    return unit > length - third if told.part == "early" else unit <= third


def parse_iso_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def calendar_day(value: DateValue | None) -> date | None:
    """The calendar day a date names when it gives year, month and day; None otherwise (or for
    a day no calendar has, "Feb. 30")."""
    if value is None or value.year is None or value.month is None or value.day is None:
        return None
    try:
        return date(value.year, value.month, value.day)
    except ValueError:
        return None
