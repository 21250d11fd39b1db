"""A sum of money "this year" is the year's own figure, the story's, not a running tally of other
happenings: "Sales rose to $9.2 billion this year" / "annual revenue climbed to $9.6 billion"
conflict. A count "so far this year" is still a tally, set against no one happening's toll."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Sales at Pinewood Retail rose to $9.2 billion this year, the company said on Monday. "
    "Profit was flat at $410 million."
)
_RIGHT = (
    "Pinewood Retail's annual revenue climbed to {sum}, it said Monday. "
    "Its profit held steady at $410 million."
)


def test_a_sum_this_year_clashes_with_another_sum_of_the_year() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(sum="$9.6 billion"))
    assert conflict_texts(report) == [({"$9.2 billion"}, {"$9.6 billion"})]


def test_a_sum_this_year_agrees_with_the_same_sum() -> None:
    assert conflict_texts(compare_texts(_LEFT, _RIGHT.format(sum="$9.2 billion"))) == []


def test_a_count_so_far_this_year_is_still_a_tally() -> None:
    report = compare_texts(
        "Police said 14 people have been shot in Dayton so far this year. "
        "The latest victim was a 20-year-old man.",
        "Police said three people were shot in Dayton on Saturday. "
        "The latest victim was a 20-year-old man.",
    )
    assert conflict_texts(report) == []
