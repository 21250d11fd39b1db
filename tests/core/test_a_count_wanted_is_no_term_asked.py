"""A count someone wants is no term asked of a court: "would hire 1,200 seasonal workers next
summer" / "wants 1,500 seasonal workers hired for next summer" (invented stories) are one plan
told twice, and the two counts clash. The asking verb sets apart only a term or a sum asked for
from the one handed down. Two kinds of workers, or last summer's hiring, stay silent."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

OPENING = (
    "Parks director Ellen Hadley was confirmed by the Senate on Tuesday by a vote of 58 to 41. "
)
PLAN = OPENING + "Hadley told senators she would hire 1,200 seasonal workers next summer."


def test_a_count_she_wants_and_one_she_would_hire_clash() -> None:
    right = OPENING + "Hadley said she wants 1,500 seasonal workers hired for next summer."
    assert conflict_texts(compare_texts(PLAN, right)) == [({"1,200"}, {"1,500"})]


def test_a_count_of_other_workers_is_no_conflict() -> None:
    right = OPENING + "Hadley said she wants 1,500 permanent rangers hired for next summer."
    assert conflict_texts(compare_texts(PLAN, right)) == []


def test_last_summers_hiring_is_no_conflict() -> None:
    right = OPENING + "Hadley said the service hired 1,500 seasonal workers last summer."
    assert conflict_texts(compare_texts(PLAN, right)) == []


def test_a_term_asked_for_and_one_handed_down_stay_apart() -> None:
    # The asking verb still sets a term asked of the court apart from the one it gave.
    opening = "A Harlow judge sentenced Tom Reddick on Friday for the 2022 fraud. "
    left = opening + "Prosecutors sought 12 years in prison for Reddick."
    right = opening + "The judge sentenced Reddick to nine years in prison."
    assert conflict_texts(compare_texts(left, right)) == []
