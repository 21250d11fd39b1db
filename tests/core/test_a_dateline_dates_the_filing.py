"""A line holding only a place and a date is a dateline: "WASHINGTON, DC, April 28, 2009" and
"WASHINGTON - April 27 -" tell the days two reports were filed, not two days of the story, so
they show no conflict; two days the story itself gives still clash (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_BODY = (
    "The Interior Department said it would change the rules for the protection of the gray "
    "wolf. The new rules take effect on {day}, a department spokesman said."
)


def _conflicts(left_dateline: str, right_dateline: str, right_day: str = "May 4") -> list:
    left = f"Wolf rules changed\n\n{left_dateline}\n\n" + _BODY.format(day="May 4")
    right = f"New rules for wolves\n\n{right_dateline}\n\n" + _BODY.format(day=right_day)
    return conflict_texts(compare_texts(left, right, "2009-04-28"))


def test_two_datelines_a_day_apart_are_no_conflict() -> None:
    assert _conflicts("WASHINGTON, DC, April 28, 2009", "WASHINGTON - April 27 -") == []


def test_two_days_the_story_gives_still_clash() -> None:
    found = _conflicts("WASHINGTON, DC, April 28, 2009", "WASHINGTON - April 27 -", "May 5")

    assert ({"May 4"}, {"May 5"}) in found, found
