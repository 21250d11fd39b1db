"""An autopsy counts the bullets that hit a man, the police count the shots fired at him: "hit by
seven bullets" and "fired 11 shots" are two counts of one gunfire, not one count told two ways,
so a journalist sees no conflict. Two counts of the shots fired, or two of the bullets that hit,
still clash (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_FIRED = "The two officers fired a total of {} shots at Marcus Lee, hitting him in the torso."


def test_bullets_that_hit_him_against_the_shots_fired_are_no_conflict() -> None:
    left = "An autopsy showed Marcus Lee was hit by seven bullets, three of them in the back."
    conflicts = conflict_texts(compare_stories(left, _FIRED.format(11)))
    assert not any("seven" in lt for lt, _ in conflicts), conflicts


def test_bullets_that_struck_him_against_the_shots_fired_are_no_conflict() -> None:
    left = "Seven bullets struck Marcus Lee in the torso, an autopsy showed."
    conflicts = conflict_texts(compare_stories(left, _FIRED.format(11)))
    assert not any("Seven" in lt for lt, _ in conflicts), conflicts


def test_two_counts_of_the_shots_fired_still_clash() -> None:
    left = "An autopsy showed Marcus Lee was hit by three of the seven bullets the officers fired."
    conflicts = conflict_texts(compare_stories(left, _FIRED.format(11)))
    assert ({"seven"}, {"11"}) in conflicts, conflicts


def test_two_counts_of_the_bullets_that_hit_still_clash() -> None:
    left = "Police said Marcus Lee was struck by four bullets outside the store on Friday."
    right = "Police said Marcus Lee was struck by six bullets outside the store on Friday."
    assert ({"four"}, {"six"}) in conflict_texts(compare_stories(left, right))
