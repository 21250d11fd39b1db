"""A toll told as the gunman's victims before he killed himself ("four people were killed before
the gunman killed himself") counts one dead fewer than a toll that counts him too ("Five people,
including the gunman, died"): no clash. Two tolls of the dead with no word of his suicide still
conflict (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

RIGHT = (
    "Police said four people were killed in the shooting at the Elm Street office on Monday{end}."
)


def test_four_killed_before_the_gunman_killed_himself_is_no_other_toll_than_five_dead() -> None:
    left = "Five people, including the gunman, died in the shooting at the Elm Street office on Monday."
    report = compare_stories(left, RIGHT.format(end=" before the gunman killed himself"))
    assert conflict_texts(report) == []


def test_four_killed_against_five_killed_still_conflicts() -> None:
    left = "Five people were killed in the shooting at the Elm Street office on Monday."
    report = compare_stories(left, RIGHT.format(end=""))
    assert ({"Five"}, {"four"}) in conflict_texts(report)
