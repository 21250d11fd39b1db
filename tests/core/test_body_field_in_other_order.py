"""A body's name with its field after the head or before it is one name: "the Central Commission
for Elections" is "the Central Election Commission". Another body stays one-sided."""

from __future__ import annotations

from tests.factories import compare_texts, yellow


def test_a_commission_for_elections_is_the_election_commission_the_other_names() -> None:
    left = (
        "Vote set for May\n\n"
        "The Central Commission for Elections said the vote will be held on May 4, officials said."
    )
    right = (
        "Election date fixed\n\n"
        "The Central Election Commission said on Friday the vote will be held on May 4."
    )
    marked = yellow(compare_texts(left, right))
    assert not {"Central Commission for Elections", "Central Election Commission"} & set(marked), (
        marked
    )


def test_another_commission_stays_one_sided() -> None:
    left = (
        "Vote set for May\n\n"
        "The Central Commission for Elections said the vote will be held on May 4, officials said."
    )
    right = (
        "Election date fixed\n\n"
        "The Central Finance Commission said on Friday the vote will be held on May 4."
    )
    assert "Central Commission for Elections" in yellow(compare_texts(left, right))
