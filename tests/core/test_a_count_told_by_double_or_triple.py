"""A count the other article gives by an adjective that counts ("two counts of murder" /
"charges of double homicide") is told there: no yellow mark says the other side never gives it.
Another number ("triple" for "two") or "double" before no counted noun tells nothing."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = (
    "Man charged over Elmwood deaths\n\n"
    "Dale Hunt, 41, will appear in Elmwood District Court on Tuesday on two counts of murder "
    "and one count of arson, prosecutors said."
)


def _right(charge: str) -> str:
    return (
        "Elmwood man in court\n\n"
        f"The Elmwood man arrested on Sunday on charges of {charge} will appear in court on "
        "Tuesday, prosecutors said. Dale Hunt, 41, was held without bail."
    )


def test_two_counts_of_murder_are_told_by_a_double_homicide() -> None:
    assert "two" not in yellow(compare_stories(_LEFT, _right("double homicide")))


def test_two_counts_of_murder_are_not_told_by_a_triple_homicide() -> None:
    assert "two" in yellow(compare_stories(_LEFT, _right("triple homicide")))


def test_two_counts_of_murder_are_not_told_by_doubling_a_charge() -> None:
    assert "two" in yellow(compare_stories(_LEFT, _right("murder that could double the sentence")))
