"""Two ages of one person that articles written apart in time may both rightly give."""

from __future__ import annotations

from datetime import date

from desktop.core.extraction.extract import Fact


def ages_drift(first: tuple[int, date | None], second: tuple[int, date | None]) -> bool:
    """Two ages of one person that articles written apart in time may both rightly give.

    A person is a year older after each birthday: "Lowery, 22" in April and "Lowery, 23" at
    the December trial may be the same man (unless the April article tells him dead:
    ``people_report._dead_before``). The later article may give an age higher by at most the
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


def facts_drift(a: Fact, b: Fact, refs: tuple[date | None, date | None]) -> bool:
    """Two age facts that drift (ages_drift), each read as of its article's date."""
    if a.number is None or b.number is None:
        return False
    return ages_drift((int(a.number.low), refs[0]), (int(b.number.low), refs[1]))
