"""A fine is the penalty a court or a regulator imposes: "was fined $2.5 million" and "imposed a
fine of 2.5 million dollars" or "a $2.5 million penalty" tell one sum, and a sum ten times larger
is a conflict, not two one-sided marks (the small model reads "fined" as "fin")."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow


def test_a_company_fined_a_sum_agrees_with_a_fine_of_that_sum_imposed() -> None:
    report = compare_texts(
        "The company was fined $2.5 million.",
        "Regulators imposed a fine of 2.5 million dollars on the company.",
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []


def test_a_fine_ten_times_larger_is_a_conflict() -> None:
    report = compare_texts(
        "The company was fined $2.5 million.",
        "Regulators imposed a fine of $25 million on the company.",
    )
    assert ({"$2.5 million"}, {"$25 million"}) in conflict_texts(report)


def test_a_penalty_is_the_fine() -> None:
    report = compare_texts(
        "The bank was fined $5 million on Monday.",
        "The bank agreed on Monday to pay a $7 million penalty.",
    )
    assert ({"$5 million"}, {"$7 million"}) in conflict_texts(report)
