"""A bare plural of a unit of time is a vague count of it: "Hours after the shooting, a motorist
spotted his car" tells "About two hours after the shooting, officers received a tip" at its own
precision, as "dozens" tells "40". "Hours" never holds a day and more ("About 30 hours after"),
and "Minutes after" never tells "about two hours after" (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

LEFT = (
    "Gunman caught.\n"
    "A fired worker shot three people at an office in Troy on Monday. "
    "Hours after the shooting, a motorist north of Detroit spotted his car and called police."
)


def _right(length: str) -> str:
    return (
        "Troy gunman held.\n"
        "A man who was fired last week shot three people at an office in Troy on Monday. "
        f"{length} after the shooting, officers received a tip from a motorist north of Detroit."
    )


def test_hours_after_the_shooting_tells_about_two_hours_after_it() -> None:
    assert "About two hours" not in yellow(compare_stories(LEFT, _right("About two hours")))


def test_hours_after_the_shooting_does_not_tell_about_thirty_hours_after_it() -> None:
    assert "About 30 hours" in yellow(compare_stories(LEFT, _right("About 30 hours")))


def test_minutes_after_the_shooting_does_not_tell_about_two_hours_after_it() -> None:
    left = LEFT.replace("Hours after", "Minutes after")
    assert "About two hours" in yellow(compare_stories(left, _right("About two hours")))
