"""Measures beside a figure both articles give: "an eight-year, $180 million contract" / "worth
$180 million over seven years" speak of one contract, so its years are one claim and a conflict,
however little the two sentences' words align; a second sum beside the shared one is any part of
it and left alone (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Teixeira agreed to an eight-year, $180 million contract with the Yankees on Tuesday. "
    "He hit .308 last season."
)


def test_the_years_beside_one_contract_sum_are_a_conflict() -> None:
    right = (
        "The Yankees signed Teixeira on Tuesday. The deal is worth $180 million over seven "
        "years, a source said."
    )
    assert conflict_texts(compare_stories(LEFT, right)) == [({"eight-year"}, {"seven years"})]


def test_years_beside_two_different_sums_are_not_compared() -> None:
    right = (
        "The Yankees signed Teixeira on Tuesday. The deal is worth $170 million over seven "
        "years, a source said."
    )
    assert ({"eight-year"}, {"seven years"}) not in conflict_texts(compare_stories(LEFT, right))


def test_a_second_sum_beside_the_shared_one_is_any_part_of_it() -> None:
    right = (
        "The Yankees signed Teixeira on Tuesday. The deal is worth $180 million, with a $20 "
        "million signing bonus, a source said."
    )
    assert not conflict_texts(compare_stories(LEFT, right))
