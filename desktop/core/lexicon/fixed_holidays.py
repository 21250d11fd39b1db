"""Holidays that fall on one calendar day every year, each with its (month, day): "New Year's
Day" is January 1, "Christmas Day" December 25 (findings/datetimes/days_told/told_holidays.py).
A writer dates a happening by the holiday where the other writes the date. Only holidays fixed to
one day in English usage everywhere; lowercase, without "the". A holiday whose day moves
(Easter, Thanksgiving) or differs by country (Independence Day) is left out.
"""

from __future__ import annotations

FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "new year": (1, 1),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "valentine's day": (2, 14),
    "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "fourth of july": (7, 4),
    "halloween": (10, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
}
