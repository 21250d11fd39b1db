"""A clock time the other article gives by the meal eaten then is told there: "at breakfast
time" holds "8.40am" as "lunchtime" holds "12.30pm". A clock outside the meal's hours, or a
day with no part at all, tells nothing of the clock."""

from __future__ import annotations

from tests.factories import compare_stories
from tests.factories import marks_of as marks

_RIGHT = (
    "Mother and daughter found dead\n\n"
    "Police were called to the family's cottage in Ashby at 8.40am on Saturday and found two "
    "bodies, a spokesman said."
)


def _left(when: str) -> str:
    return (
        "Son held after two deaths\n\n"
        f"Police were called by neighbours {when} on Saturday after they heard screams from the "
        "cottage in Ashby."
    )


def test_police_called_at_twenty_to_nine_were_called_at_breakfast_time() -> None:
    assert not marks(compare_stories(_left("at breakfast time"), _RIGHT), "8.40am")


def test_a_call_on_saturday_with_no_hour_does_not_tell_the_clock() -> None:
    assert marks(compare_stories(_left("early"), _RIGHT), "8.40am")


def test_breakfast_time_does_not_hold_a_call_in_the_afternoon() -> None:
    right = _RIGHT.replace("8.40am", "2.40pm")
    assert marks(compare_stories(_left("at breakfast time"), right), "2.40pm")
