"""A journalist compares two reports of one shooting. One says the gunman "fired six shots", the
other that he "fired four times": a count of shots after a firing verb is a count of the times
the gun was fired, so the two counts conflict, and "six shots" agrees with "six times". Shots
someone heard are no count of times fired.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts, conflicts

_HEAD = "Gunfire outside a store\n\n"


def _report(fired: str) -> str:
    return f"{_HEAD}A gunman {fired} outside a corner store on Tuesday night, police said."


def test_six_shots_fired_against_four_times_fired_is_a_conflict() -> None:
    report = compare_stories(_report("fired six shots"), _report("fired four times"))
    assert conflict_texts(report) == [({"six shots"}, {"four times"})], conflict_texts(report)


def test_the_reason_says_it_is_the_times_fired() -> None:
    report = compare_stories(_report("fired six shots"), _report("fired four times"))
    reasons = [f.reason for f in conflicts(report)]
    assert reasons and "times fired" in reasons[0], reasons


def test_six_shots_fired_agrees_with_six_times_fired() -> None:
    report = compare_stories(_report("fired six shots"), _report("fired six times"))
    assert conflict_texts(report) == [], conflict_texts(report)
    assert ({"six shots"}, {"six times"}) in agreed_texts(report), agreed_texts(report)


def test_rounds_fired_count_the_times_fired_too() -> None:
    report = compare_stories(_report("fired 10 rounds"), _report("fired eight times"))
    assert conflict_texts(report) == [({"10 rounds"}, {"eight times"})], conflict_texts(report)


def test_shots_of_the_gunman_and_of_an_officer_are_two_counts() -> None:
    left = f"{_HEAD}The gunman fired six shots outside a corner store on Tuesday night."
    right = f"{_HEAD}An officer fired four times outside a corner store on Tuesday night."
    assert conflict_texts(compare_stories(left, right)) == []


def test_shots_fired_are_no_count_of_the_times_a_man_was_hit() -> None:
    left = f"{_HEAD}The gunman fired six shots at a man outside a corner store on Tuesday night."
    right = f"{_HEAD}The gunman shot a man four times outside a corner store on Tuesday night."
    found = conflict_texts(compare_stories(left, right))
    assert all("six shots" not in pair[0] for pair in found), found
