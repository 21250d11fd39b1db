""" "shooting three people, killing one": the second verb counts its own object, one of the
three, so "three" counts everyone shot and meets the other article's "shot six people"."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEAD = (
    "Police in a quiet suburb arrested a former employee of an accounting firm on Monday. "
    "The firm employs 40 people and has offices in three states. Workers were sent home.\n\n"
)


def test_three_shot_killing_one_against_six_shot_killing_one_is_a_conflict_on_the_shot() -> None:
    report = compare_texts(
        "Gunman held after office shooting\n\n" + LEAD + "The man, suspected of shooting three "
        "people, killing one, was arrested after a chase a few hours after the attack, police said.",
        "One dead in office shooting\n\n" + LEAD + "The man walked into his former office with a "
        "shotgun and shot six people, killing one, before fleeing and leading police on a chase, "
        "police said.",
    )
    assert ({"three"}, {"six"}) in conflict_texts(report)


def test_shot_and_killed_with_no_object_of_its_own_still_counts_the_dead() -> None:
    report = compare_texts(
        "Man shot\n\nThe gunman shot and killed two people outside a bar on Friday night.",
        "Man shot\n\nThe gunman shot and killed three people outside a bar on Friday night.",
    )
    assert ({"two"}, {"three"}) in conflict_texts(report)
