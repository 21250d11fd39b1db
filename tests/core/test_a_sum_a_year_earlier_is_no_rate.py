"""A sum "a year earlier" is the sum at a point in time, not a rate per year: "Ad sales dropped to
$1.9 billion from $2.1 billion a year earlier" / "... down from $2.1 billion in the same period
last year" give the same earlier sum, so the two agree. "$4 million a year" stays a rate, never
set against a total."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow

_LEFT = (
    "Lantern Media said its advertising revenue fell in the third quarter. "
    "Ad sales dropped to $1.9 billion from $2.1 billion a year earlier, the company said on Friday."
)
_RIGHT = (
    "Lantern Media said its advertising revenue fell in the third quarter. "
    "Ad sales dropped to $1.9 billion from {earlier}, the company said on Friday."
)


def test_a_sum_a_year_earlier_agrees_with_the_same_sum_last_year() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(earlier="$2.1 billion in the same quarter of 2024"))
    assert conflict_texts(report) == []
    assert "$2.1 billion" not in yellow(report), yellow(report)


def test_a_sum_a_year_earlier_clashes_with_another_earlier_sum() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(earlier="$2.4 billion in the same quarter of 2024"))
    assert conflict_texts(report) == [({"$2.1 billion"}, {"$2.4 billion"})]


def test_a_salary_a_year_is_still_a_rate() -> None:
    report = compare_texts(
        "The club signed the striker on a contract worth $4 million a year. "
        "The deal runs until 2028.",
        "The club signed the striker on a $12 million contract. The deal runs until 2028.",
    )
    assert conflict_texts(report) == []
