"""Reading a publication date out of a short dateline ("Published: Nov 28, 2005 10:03 AM ET").

The common English shapes are parsed here directly, which is fast and predictable; anything else
goes to dateparser restricted to absolute dates with day, month and year all present, so a vague
"last week" or a bare number never turns into a made-up date. Nothing here touches the network.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
    "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
}  # fmt: skip

# Times ("12:18 AM", "5: 03p", "08.23", "2:48:40 PM") and the zone names that follow them. The
# look-arounds keep "09.11.2023" whole.
_TIME = re.compile(
    r"(?<![\d.])\d{1,2}(?:\s*:\s*\d{2}(?:\s*:\s*\d{2})?|\.\d{2}(?![.\d]))"
    r"(?:\s*(?:[ap]\.?\s?m\.?|[ap])(?![a-z]))?",
    re.IGNORECASE,
)
_CLOCK_12 = re.compile(r"(?<![a-z])\d{1,2}\s*[ap]\.?m\.?(?![a-z])", re.IGNORECASE)
_ZONE = re.compile(
    r"\b(?:[ECMP][SD]?T|GMT|UTC|BST|IST|CES?T|EES?T|MSK|AE[SD]T|JST)\b(?:\s*[+-]\s*\d{1,2}:?\d{0,2})?"
)

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$")
# Words that may sit between the parts of a dateline ("21 July 2013 Last updated at 11:11 GMT").
_FILLER = {"of", "the", "at", "on", "last", "updated", "published", "posted", "modified"}
_WORD = re.compile(r"[^\W_]+\.?|\d+(?:st|nd|rd|th)?", re.UNICODE)


def parse_date(text: str) -> str | None:
    """Return the ISO date (YYYY-MM-DD) that ``text`` consists of, or None.

    ``text`` should be the date part of a dateline only: sentences that merely mention a date
    are the caller's business to reject.
    """
    if m := _ISO.match(text.strip()):
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    stripped = _strip_time(text)
    if not stripped or not any(ch.isdigit() for ch in stripped):
        return None
    return _parse_plain(stripped) or _parse_with_dateparser(stripped)


def is_date_only(text: str) -> bool:
    """True when every word of ``text`` belongs to a date or time, so the line is a dateline.

    This is the guard that keeps a headline like "Seacom restored: 4 November 2011" or a sentence
    starting "On February 29, 2012, AMD announced..." in the article.
    """
    if _ISO.match(text.strip()):
        return True
    stripped = _strip_time(text)
    words = _WORD.findall(stripped)
    if not words or not any(w[0].isdigit() for w in words):
        return False
    for word in words:
        key = word.rstrip(".").lower()
        if key[0].isdigit():
            if not re.fullmatch(r"\d{1,4}(?:st|nd|rd|th)?", key):
                return False
        elif key not in _MONTHS and key not in _WEEKDAYS and key not in _FILLER:
            # Non-English month names ("ноября", "septembre") are left to dateparser; a line in
            # another language qualifies only when dateparser can read all of it as a date.
            return _parse_with_dateparser(stripped) is not None and len(words) <= 6
    return True


def is_time_only(text: str) -> bool:
    """True for a bare clock time ("8:20 am", "08: 06AM PT")."""
    return bool(_TIME.search(text) or _CLOCK_12.search(text)) and not _strip_time(text)


def _strip_time(text: str) -> str:
    text = _ZONE.sub(" ", _CLOCK_12.sub(" ", _TIME.sub(" ", text)))
    # Separators left dangling at either end once the time is gone ("July 25, 2005, " / "| ").
    return re.sub(r"\s+", " ", text).strip(" ,;|-–—·•()[]")


def _parse_plain(text: str) -> str | None:
    if m := _ISO.match(text):
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _NUMERIC.match(text):
        first, second, year = int(m.group(1)), int(m.group(3)), _year(m.group(4))
        # Slashes are American month-first unless that is impossible; dots and dashes (15.09.2023)
        # are the European day-first form.
        if m.group(2) == "/":
            return _iso(year, first, second) or _iso(year, second, first)
        return _iso(year, second, first) or _iso(year, first, second)
    return _parse_month_name(text)


def _parse_month_name(text: str) -> str | None:
    month = day = year = None
    for raw in _WORD.findall(text):
        word = raw.rstrip(".").lower()
        if word in _MONTHS:
            if month is not None:
                return None
            month = _MONTHS[word]
        elif word in _WEEKDAYS or word in _FILLER:
            continue
        elif m := re.fullmatch(r"(\d{1,4})(?:st|nd|rd|th)?", word):
            number = m.group(1)
            if len(number) == 4 and year is None:
                year = int(number)
            elif len(number) <= 2 and day is None:
                day = int(number)
            else:
                return None
        else:
            return None
    if month is None or day is None or year is None:
        return None
    return _iso(year, month, day)


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value < 70 else 1900
    return value


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1800 <= year <= 2200:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_DATEPARSER_SETTINGS: dict[str, Any] = {
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    # Only absolute dates: "relative-time" would turn "2 hours ago" into today's date and
    # "timestamp" would read any long number as seconds since 1970.
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}
# A fixed list keeps dateparser from loading (slowly) and guessing among every language it knows.
_DATEPARSER_LANGUAGES = ["en", "ru", "uk", "de", "fr", "es", "it", "pt", "nl", "pl"]


@lru_cache(maxsize=512)
def _parse_with_dateparser(text: str) -> str | None:
    if len(text) > 60:
        return None
    try:
        import dateparser

        parsed = dateparser.parse(
            text, languages=_DATEPARSER_LANGUAGES, settings=dict(_DATEPARSER_SETTINGS)
        )
    except Exception:  # dateparser raises assorted errors on odd input; a miss is fine here
        return None
    if parsed is None:
        return None
    return _iso(parsed.year, parsed.month, parsed.day)
