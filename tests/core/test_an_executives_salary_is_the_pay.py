"""An executive's salary is the pay: "will receive a base salary of $1.5 million a year" / "will
be paid $1.8 million annually" conflict, and the same sum agrees. A bonus is no salary."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "The new chief executive of Helix Pharma, Nora Vance, will receive a base salary of $1.5 "
    "million a year and a bonus of up to $3 million. She starts on Nov. 1."
)
_RIGHT = (
    "Helix Pharma's incoming CEO Nora Vance will be paid {pay} annually, plus a bonus of as much "
    "as $3 million. Vance joins on November 1."
)


def test_a_salary_clashes_with_other_pay() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(pay="$1.8 million"))
    assert conflict_texts(report) == [({"$1.5 million"}, {"$1.8 million"})]


def test_a_salary_agrees_with_the_same_pay() -> None:
    assert conflict_texts(compare_texts(_LEFT, _RIGHT.format(pay="$1.5 million"))) == []


def test_a_bonus_is_no_salary() -> None:
    report = compare_texts(
        "Nora Vance, the new chief executive of Helix Pharma, will receive a base salary of "
        "$1.5 million a year. She starts on Nov. 1.",
        "Nora Vance, the new chief executive of Helix Pharma, will receive a bonus of up to "
        "$2 million a year. She starts on Nov. 1.",
    )
    assert conflict_texts(report) == []


def test_a_ransom_paid_clashes_with_another_sum_paid() -> None:
    report = compare_texts(
        "Carville Health paid a ransom of $22 million to hackers who locked its computer "
        "systems, the company confirmed on Monday.",
        "Carville Health confirmed Monday that it paid hackers $12 million in bitcoin to unlock "
        "its systems.",
    )
    assert conflict_texts(report) == [({"$22 million"}, {"$12 million"})]
