"""A toll split by sex or age ("two women and one man died") gives the same share in both
articles: the women. Two counts of that share in sentences telling the same deaths conflict; the
same count agrees; a share of another noun ("two men") is another share (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Bank fire kills three\n\n"
    "Police said two women and one man died at a branch of the bank after rioters threw a "
    "firebomb inside."
)
RIGHT = (
    "Three dead in bank blaze\n\n"
    "A firebomb thrown into a branch of the bank killed {count} women and a man who were "
    "trapped inside."
)


def test_two_counts_of_the_women_among_the_dead_are_a_conflict() -> None:
    report = compare_stories(LEFT, RIGHT.format(count="four"))
    assert ({"two"}, {"four"}) in conflict_texts(report)


def test_the_same_count_of_the_women_agrees() -> None:
    report = compare_stories(LEFT, RIGHT.format(count="two"))
    assert not any("two" in left for left, _ in conflict_texts(report))
