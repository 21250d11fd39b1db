"""A count restated as a share after "or": "will cut about 1,200 jobs, or 9 percent of its
workforce" counts all the jobs cut, and the share only retells it; the count is no part of a
group, so it clashes with another article's "roughly 2,100". Two counts joined by "and"
("seven men and six women") are still parts of one group."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Brightline Software will cut about 1,200 jobs, or 9 percent of its workforce, the company "
    "said on Monday. The layoffs will mostly affect sales and marketing staff."
)
_RIGHT = (
    "Brightline Software is laying off roughly {count} employees, the company said on Monday. "
    "Most of those losing their jobs work in sales and marketing."
)


def test_a_count_restated_as_a_share_clashes_with_another_count() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(count="2,100"))
    assert conflict_texts(report) == [({"about 1,200"}, {"roughly 2,100"})]


def test_a_count_restated_as_a_share_agrees_with_the_same_count() -> None:
    assert conflict_texts(compare_texts(_LEFT, _RIGHT.format(count="1,200"))) == []


def test_counts_joined_by_and_stay_parts_of_one_group() -> None:
    report = compare_texts(
        "Police arrested seven men and six women after the protest on Monday. "
        "All were released later that night.",
        "Police arrested 13 people after the protest on Monday. "
        "All were released later that night.",
    )
    assert conflict_texts(report) == []
