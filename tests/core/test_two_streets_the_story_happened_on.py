""" "A car hit a crowd on Main Street" / "drove into a crowd on Elm Street": a street after "on"
is where it happened, as a town after "in" is; two streets in two matching sentences clash.
The same street agrees, and a day after "on" is no street."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = "Crash\n\nA car hit a crowd on Main Street on Sunday, injuring four people, police said.\n"


def test_a_crowd_hit_on_main_street_is_not_one_hit_on_elm_street() -> None:
    report = compare_stories(
        LEFT,
        "Crash\n\nFour people were hurt when a car drove into a crowd on Elm Street on Sunday, "
        "police said.\n",
    )
    assert ({"Main Street"}, {"Elm Street"}) in conflict_texts(report)


def test_the_same_street_is_no_conflict() -> None:
    report = compare_stories(
        LEFT,
        "Crash\n\nFour people were hurt when a car drove into a crowd on Main Street on Sunday, "
        "police said.\n",
    )
    assert conflict_texts(report) == []
