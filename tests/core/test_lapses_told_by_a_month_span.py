"""One article says the pin-up died "after suffering a heart attack earlier this month", the
other that she died "nine days after suffering a heart attack": both date the heart attack, one
by the part of the month, one by the days that passed. Neither is marked as told by one side
only. "Six weeks after" is more than any "this month" can hold: that lapse stays yellow.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_LEFT = (
    "Pin-up queen dies\n\n"
    "Bettie Page, the raven-haired pin-up, has died after suffering a heart attack earlier this "
    "month and slipping into a coma."
)


def _right(lapse: str) -> str:
    return (
        "Bettie Page dies\n\n"
        f"Bettie Page, the pin-up queen, has died in a hospital {lapse} after suffering a heart "
        "attack."
    )


def test_nine_days_after_is_told_by_earlier_this_month() -> None:
    report = compare_texts(_LEFT, _right("nine days"))
    assert not marks(report, "earlier this month")
    assert not marks(report, "nine days")


def test_six_weeks_after_is_more_than_this_month_holds() -> None:
    report = compare_texts(_LEFT, _right("six weeks"))
    assert marks(report, "six weeks")
