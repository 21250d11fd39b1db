"""Two sums said of two measures of a company are two figures: "reported revenue of $1.2 billion"
/ "profit climbed to $1.4 billion", each the only sum of its sentence, give the revenue and the
profit, no conflict. Two sums of one measure, each alone in its sentence, still clash."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_revenue_is_no_profit() -> None:
    report = compare_texts(
        "Pellworth Inc. reported revenue of $1.2 billion for the third quarter, the company "
        "said. Analysts had expected more.",
        "Pellworth's third-quarter profit climbed to $1.4 billion, the company said. "
        "Analysts had expected more.",
    )
    assert conflict_texts(report) == []


def test_two_sums_of_one_measure_alone_in_their_sentences_clash() -> None:
    report = compare_texts(
        "Pellworth Inc. reported revenue of $1.2 billion for the third quarter, the company "
        "said. Analysts had expected more.",
        "Pellworth's third-quarter revenue climbed to $1.4 billion, the company said. "
        "Analysts had expected more.",
    )
    assert conflict_texts(report) == [({"$1.2 billion"}, {"$1.4 billion"})]
