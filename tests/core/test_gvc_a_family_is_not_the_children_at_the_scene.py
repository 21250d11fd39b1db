"""Someone's family ("his two children", "a father of three", "leaves behind two children") and
the children at the scene ("Four children were playing outside") are two groups: their counts
never clash. Two counts of one family ("a father of three" / "leaves behind two children") and
two counts of the children at the scene still do.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_stories, conflicts, quoted

_LEFT = (
    "Man killed in Ridgeview shooting\n\n"
    "A man was shot and killed Saturday night on Elm Street in Ridgeview, police said.\n\n"
    "The shooting happened outside a convenience store near the corner of Elm and Fifth. "
    "Neighbors said they heard several loud bangs.\n\n"
)
_RIGHT = (
    "Police investigate deadly Ridgeview shooting\n\n"
    "A man died after a shooting on Elm Street in Ridgeview on Saturday night, police said.\n\n"
    "Police said the man was standing outside a store when a car drove up and someone inside "
    "opened fire.\n\n"
)
_END = "\n\nPolice have not made any arrests."


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return quoted(conflicts(compare_stories(_LEFT + left + _END, _RIGHT + right + _END)))


def test_his_two_children_are_not_the_four_children_playing_outside() -> None:
    found = _conflicts(
        "His two children were not home.",
        "Four children were playing outside when the shots rang out.",
    )
    assert not found, found


def test_a_father_of_three_and_his_two_children_left_behind_still_clash() -> None:
    found = _conflicts("Pratt was a father of three.", "Pratt leaves behind two children.")
    assert found == [({"three"}, {"two"})], found


def test_three_and_two_children_inside_the_house_still_clash() -> None:
    found = _conflicts(
        "Three children were inside the house.", "Two children were inside the house."
    )
    assert found == [({"Three"}, {"Two"})], found
