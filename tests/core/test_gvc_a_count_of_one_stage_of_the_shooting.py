"""A count tied to one stage of a shooting ("Four people inside the bar were injured in the
initial shooting", "After the shooting, the gunman drove on and fired again, wounding three
people") is part of the toll: below the other article's count of all the injured ("Five people
were injured") it is no conflict. A stage's count above the total, and two counts of all the
injured, still clash; a stage's count equal to the total still agrees.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories, conflicts, quoted

_LEFT = (
    "Shooting outside Ridgeview bar\n\n"
    "Several people were shot early Sunday outside a bar on Elm Street in Ridgeview, police "
    "said.\n\nOfficers arrived within minutes. The gunman was shot by a deputy.\n\n"
)
_RIGHT = (
    "Gunfire at Ridgeview bar\n\n"
    "Gunfire erupted early Sunday at a bar on Elm Street in Ridgeview, police said.\n\n"
    "A deputy shot the gunman after he refused to drop his weapon.\n\n"
)
_END = "\n\nThe investigation continues."


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return quoted(conflicts(compare_stories(_LEFT + left + _END, _RIGHT + right + _END)))


def test_four_hurt_in_the_initial_shooting_are_part_of_five_injured() -> None:
    found = _conflicts(
        "Five people were injured in the shooting.",
        "Four people inside the bar were injured in the initial shooting.",
    )
    assert not found, found


def test_three_wounded_after_the_shooting_are_part_of_five_injured() -> None:
    found = _conflicts(
        "Five people were injured.",
        "After the shooting, police say the gunman drove to a gas station and fired again, "
        "wounding three people.",
    )
    assert not found, found


def test_six_hurt_in_the_initial_shooting_are_more_than_five_injured_in_all() -> None:
    found = _conflicts(
        "Five people were injured in the shooting.",
        "Six people inside the bar were injured in the initial shooting.",
    )
    assert found == [({"Five"}, {"Six"})], found


def test_five_and_four_injured_in_the_shooting_still_clash() -> None:
    found = _conflicts(
        "Five people were injured in the shooting.", "Four people were injured in the shooting."
    )
    assert found == [({"Five"}, {"Four"})], found
