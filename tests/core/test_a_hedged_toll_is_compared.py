""" "Up to 50 people may have died" hedges a toll that happened: set against "At least 60
people died" it is a conflict, its reason saying the left hedges it. "There might have been two
people killed" tells what did not happen and stays out of comparisons."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts


def test_up_to_fifty_may_have_died_against_at_least_sixty_is_a_conflict() -> None:
    report = compare_stories(
        "Quake\n\nUp to 50 people may have died in the quake, officials said.\n",
        "Quake\n\nAt least 60 people died in the quake, officials said.\n",
    )
    assert ({"Up to 50"}, {"At least 60"}) in conflict_texts(report)
    assert "hedges" in conflicts(report)[0].reason


def test_what_might_have_been_is_still_no_toll() -> None:
    report = compare_stories(
        "Crash\n\nThere might have been two people killed, the sheriff said.\n",
        "Crash\n\nFive people were killed, the sheriff said.\n",
    )
    assert conflict_texts(report) == []
