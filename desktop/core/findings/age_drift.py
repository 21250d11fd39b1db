"""Two ages of one person that articles written apart in time may both rightly give."""

from __future__ import annotations

from datetime import date


def ages_drift(first: tuple[int, date | None], second: tuple[int, date | None]) -> bool:
    """Two ages of one person that articles written apart in time may both rightly give.

    A person is a year older after each birthday: "Lowery, 22" in April and "Lowery, 23" at
    the December trial are the same man. The later article may give an age higher by at most the
    whole years between the two articles, counting one birthday for any part of a year; a lower
    age later, or the same day with two ages, stays a contradiction.
    """
    (age_a, day_a), (age_b, day_b) = first, second
    if day_a is None or day_b is None or day_a == day_b or age_a == age_b:
        return False
    (early_age, early_day), (late_age, late_day) = sorted(
        ((age_a, day_a), (age_b, day_b)), key=lambda pair: pair[1]
    )
    years = -(-(late_day - early_day).days // 365)  # a part of a year may hold a birthday
    return 0 < late_age - early_age <= years
