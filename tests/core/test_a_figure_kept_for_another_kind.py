"""A figure the other article gives elsewhere for a thing of another kind ("two jobs") is no
other reading of this one ("two women ... died"), so the clash with the other article's count of
the same women stands; the same figure for another toll of people ("two were hurt") still sets it
apart, as before (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Bank fire kills three\n\n"
    "Police said two women and one man died at a branch of the bank after rioters threw a "
    "firebomb inside."
)
RIGHT = (
    "Three dead in bank blaze\n\n"
    "A firebomb thrown into a branch of the bank killed five women and a man who were trapped "
    "inside. {elsewhere}"
)


def test_the_same_figure_for_jobs_leaves_the_clash_of_the_dead() -> None:
    right = RIGHT.format(elsewhere="Many of the staff held two jobs to make ends meet.")
    assert ({"two"}, {"five"}) in conflict_texts(compare_stories(LEFT, right))


def test_the_same_figure_for_other_people_still_sets_the_figure_apart() -> None:
    right = RIGHT.format(elsewhere="Two were hurt in the crush outside.")
    assert not any("two" in left for left, _ in conflict_texts(compare_stories(LEFT, right)))
