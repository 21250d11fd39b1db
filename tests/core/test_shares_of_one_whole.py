"""A share is no part of a group: "52 percent of the vote" and "55 percent of the vote" in two
sentences that tell the same result are two readings of one figure (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Obama wins\n\n"


def test_52_percent_of_the_vote_is_not_55_percent_of_it() -> None:
    left = HEADLINE + "Obama won 52 percent of the vote, according to official results."
    right = HEADLINE + "According to official results, Obama won 55 percent of the vote."
    assert ({"52 percent"}, {"55 percent"}) in conflict_pairs(compare(left, right))


def test_one_of_the_dead_is_still_no_count_of_them() -> None:
    left = HEADLINE + "Police said one of the victims was a 12-year-old boy from the town."
    right = HEADLINE + "Police said three of the victims were children from the town."
    assert conflict_pairs(compare(left, right)) == []
