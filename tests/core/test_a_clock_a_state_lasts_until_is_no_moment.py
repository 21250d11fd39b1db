"""A clock after "until" ends a state that lasts: "An orange warning remains in force until 9
a.m. Friday" tells how long the warning holds, not when anything happened, so it is never set
against the other article's "lifted its red warning at noon", however the two sentences align
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts


def _flood(sentence: str) -> str:
    return (
        "Floods close roads across Brenmoor county\n\n"
        "Heavy rain flooded 300 homes in Brenmoor county on Wednesday and closed 14 roads. "
        f"{sentence}"
    )


LEFT = _flood(
    "The weather service lifted its red warning at noon on Thursday but kept an orange rain "
    "warning in place for Brenmoor and neighbouring Saltry counties until Friday morning."
)


def test_an_until_clock_is_no_moment_of_a_lifting() -> None:
    right = _flood("An orange rain warning remains in force until 9 a.m. Friday.")
    assert conflict_texts(compare(LEFT, right)) == []


def test_two_ends_of_the_warning_still_clash() -> None:
    left = _flood("An orange rain warning remains in force until noon Friday.")
    right = _flood("An orange rain warning stays in place until 9 a.m. Friday.")
    assert ({"noon"}, {"9 a.m."}) in conflict_texts(compare(left, right))
