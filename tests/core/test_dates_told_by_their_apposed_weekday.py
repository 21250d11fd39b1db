"""One article says the pin-up died "Thursday", the other that she "passed away Thursday,
December 11": the second names the day with its weekday, the first tells that weekday, so
"December 11" carries no yellow mark. Where the first article gives no day at all, the calendar
day is the second's alone.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_RIGHT = (
    "Bettie Page passes away\n\n"
    "Bettie Page, one of the original sex kittens of the 1950s, passed away Thursday, December "
    "11, at age 85.\n\n"
    "Page died Thursday of pneumonia at a Los Angeles area hospital, her longtime agent said."
)


def _left(when: str) -> str:
    return (
        "Pin-up queen dies\n\n"
        "Legendary pinup queen Bettie Page died of pneumonia at the age of 85 in a Los Angeles "
        f"hospital{when}, a week after suffering a heart attack, according to her agent."
    )


def test_december_11_is_told_by_thursday() -> None:
    report = compare_texts(_left(" Thursday"), _RIGHT)
    assert not marks(report, "December 11")


def test_december_11_stays_where_no_day_is_told() -> None:
    report = compare_texts(_left(""), _RIGHT.replace("Page died Thursday of", "Page died of"))
    assert marks(report, "December 11")
