"""Hours and minutes counted ("the siege lasted 10 hours") are a length of time, compared as an
amount with its bounds, though the model labels them a time as it labels "10:30 a.m.": "10
hours" and "ten hours" are one length, "more than 10 hours" allows 12, and 10 against seven
hours still contradict each other (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

LEFT = (
    "Siege ends.\n"
    "Police ended a siege at a bank in Athens on Monday. The siege lasted 10 hours, police said."
)


def _right(length: str) -> str:
    return (
        "Athens siege.\n"
        f"A siege at an Athens bank ended on Monday. The siege lasted {length}, officials said."
    )


def test_ten_hours_in_figures_and_in_words_are_one_length() -> None:
    report = compare_stories(LEFT, _right("ten hours"))
    assert not conflict_texts(report)
    assert "ten hours" not in yellow(report)


def test_about_ten_hours_is_told_by_ten_hours() -> None:
    report = compare_stories(LEFT, _right("about 10 hours"))
    assert not conflict_texts(report)
    assert "about 10 hours" not in yellow(report)


def test_more_than_ten_hours_allows_twelve() -> None:
    left = LEFT.replace("lasted 10 hours", "lasted more than 10 hours")
    assert not conflict_texts(compare_stories(left, _right("12 hours")))


def test_ten_hours_against_seven_is_a_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("seven hours"))) == [
        ({"10 hours"}, {"seven hours"})
    ]
