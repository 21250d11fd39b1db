"""One person named by a role, given two fates that exclude each other in sentences telling the
same thing: "The gunman was arrested at the scene" / "The gunman was shot dead at the scene" is a
conflict; "was wounded and later died" tells a sequence, and two roles are two people
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

OPENING_L = "A gunman opened fire at a bar in Tulsa early Saturday, police said. "
OPENING_R = "Police in Tulsa said a gunman opened fire at a bar on Saturday. "
CLOSING_L = " Police are looking for a motive. The bar was closed on Sunday."
CLOSING_R = " The bar stayed closed on Sunday. No motive is known."


def bar(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(
        compare_stories(OPENING_L + left + CLOSING_L, OPENING_R + right + CLOSING_R)
    )


def test_a_gunman_arrested_and_shot_dead_is_a_conflict() -> None:
    found = bar("The gunman was arrested at the scene.", "The gunman was shot dead at the scene.")
    assert found == [({"The gunman was arrested"}, {"The gunman was shot dead"})]


def test_a_victim_killed_and_wounded_is_a_conflict() -> None:
    found = bar("The victim was killed by a bullet.", "The victim was wounded by a bullet.")
    assert found == [({"The victim was killed"}, {"The victim was wounded"})]


def test_a_fate_that_came_later_tells_a_sequence() -> None:
    assert not bar(
        "The victim was wounded by a bullet.", "The victim later died of a bullet wound."
    )
    assert not bar(
        "The victim was wounded by a bullet.", "The victim was wounded and died in hospital."
    )


def test_two_roles_are_two_people() -> None:
    assert not bar("The gunman was arrested at the scene.", "The victim was killed at the scene.")
