"""Holidays that fall on one weekday every year, each with that weekday: Thanksgiving Day is a
Thursday in the United States, Good Friday a Friday, Memorial Day and Labor Day a Monday
(findings/untold/told_holiday_weekdays.py). One writer dates a happening by the holiday, the
other by the weekday ("struck Thursday afternoon" / "struck on Thanksgiving Day"). Lowercase, without
"the". A holiday whose weekday moves with the year (Christmas, New Year's Day) is in
``fixed_holidays`` by its calendar day instead.
"""

from __future__ import annotations

WEEKDAY_HOLIDAYS: dict[str, str] = {
    "thanksgiving": "thursday",
    "thanksgiving day": "thursday",
    "good friday": "friday",
    "black friday": "friday",
    "easter sunday": "sunday",
    "easter monday": "monday",
    "palm sunday": "sunday",
    "ash wednesday": "wednesday",
    "memorial day": "monday",
    "labor day": "monday",
    "cyber monday": "monday",
    "super bowl sunday": "sunday",
}
