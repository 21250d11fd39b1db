"""People hurt "besides" people shot: "Four people were shot and three more were hurt in the
stampede" counts the three besides the four, who were hurt too; the hurt are seven, and the
three are no count of them to set against the other article's "seven people were injured".
"One man was killed and three others were wounded" still counts all the wounded: the dead are
not among them (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

TOLD = "Police said {count} people were injured in the shooting on Elm Street on Sunday."


def test_three_more_hurt_after_four_shot_is_no_count_of_all_the_injured() -> None:
    left = (
        "Four people were shot on Elm Street early Sunday, and three more were hurt in the "
        "stampede that followed."
    )
    report = compare_stories(left, TOLD.format(count="seven"))
    assert not any("three" in left_texts for left_texts, _ in conflict_texts(report))


def test_three_others_hurt_after_four_shot_is_no_count_of_all_the_injured() -> None:
    left = "Four people were shot on Elm Street early Sunday, and three others were hurt."
    report = compare_stories(left, TOLD.format(count="seven"))
    assert not any("three" in left_texts for left_texts, _ in conflict_texts(report))


def test_three_others_wounded_after_one_killed_still_counts_all_the_wounded() -> None:
    left = "One man was killed and three others were wounded on Elm Street early Sunday."
    report = compare_stories(left, TOLD.format(count="five"))
    assert ({"three"}, {"five"}) in conflict_texts(report)


def test_three_others_wounded_after_two_shot_and_killed_still_counts_all_the_wounded() -> None:
    left = (
        "Two people were shot and killed on Elm Street early Sunday, and three others were "
        "wounded, police said."
    )
    report = compare_stories(left, TOLD.format(count="five"))
    assert ({"three"}, {"five"}) in conflict_texts(report)
