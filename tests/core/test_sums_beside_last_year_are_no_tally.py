"""A sum of money or a share in a sentence that names "last year" or "this year" is the sum of a
period, not a roundup of happenings: "Ad sales dropped to $1.7 billion, down from $2.1 billion in
the same period last year" clashes with "$1.9 billion". A count beside "so far this year" still
adds up several happenings and is set against no one toll."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Shares of Lantern Media sank on Friday after the company said advertising revenue fell. "
    "Ad sales dropped to $1.9 billion from $2.1 billion a year earlier."
)
_RIGHT = (
    "Lantern Media's stock lost ground on Friday after advertising revenue fell. "
    "Ad sales dropped to {now}, down from $2.1 billion in the same period last year."
)


def test_a_sum_beside_last_year_clashes_with_another_sum() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(now="$1.7 billion"))
    assert conflict_texts(report) == [({"$1.9 billion"}, {"$1.7 billion"})]


def test_a_sum_beside_last_year_agrees_with_the_same_sum() -> None:
    assert conflict_texts(compare_texts(_LEFT, _RIGHT.format(now="$1.9 billion"))) == []


def test_a_count_so_far_this_year_is_still_a_tally() -> None:
    report = compare_texts(
        "Two people were killed in a shooting in Dayton on Saturday night. "
        "Police said the gunman fled in a car.",
        "Twelve people have been killed in shootings in Dayton so far this year. "
        "Police said the gunman fled in a car.",
    )
    assert conflict_texts(report) == []
