""" "Two men were shot, and one of them died": the dead are one of the two, so "Two" counts the
men shot, not the dead; the other article's "Two men were shot; one died" tells the same."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def test_two_shot_and_one_of_them_died_is_no_conflict_on_the_dead() -> None:
    report = compare_stories(
        "Man shot\n\nTwo men were shot; one died.\n",
        "Man shot\n\nTwo men were shot, and one of them died.\n",
    )
    assert conflict_texts(report) == []


def test_shot_and_killed_still_counts_the_dead() -> None:
    report = compare_stories(
        "Man shot\n\nThe gunman shot and killed two people outside a bar on Friday night.\n",
        "Man shot\n\nThe gunman shot and killed three people outside a bar on Friday night.\n",
    )
    assert ({"two"}, {"three"}) in conflict_texts(report)
