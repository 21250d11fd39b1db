"""Two spans of time in matching sentences clash only when their words say they measure one
thing: "still has two years left on the contract" / "the first year of a three-year deal" tell
what is left and the whole: no conflict. "sentenced to 20 years in prison" / "sentenced to 15
years in prison" tell one sentence two ways: a conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

FIRED = "The Hawks fired coach Dan Price on Monday after a losing season.\n\n"


def test_the_years_left_on_a_contract_are_no_clash_with_the_contracts_length() -> None:
    left = FIRED + (
        "Price still has two years left on the contract he signed when he was hired by the "
        "Hawks in 2004."
    )
    right = FIRED + (
        "Price just finished the first year of a three-year deal that paid him about $4 million "
        "a year."
    )
    assert conflict_texts(compare_texts(left, right)) == []


def test_two_lengths_of_one_prison_sentence_still_clash() -> None:
    left = "A judge sentenced Tom Reyes to 20 years in prison on Monday for the robbery."
    right = "A judge sentenced Tom Reyes to 15 years in prison on Monday for the robbery."
    conflicts = conflict_texts(compare_texts(left, right))
    assert ({"20 years"}, {"15 years"}) in conflicts, conflicts
