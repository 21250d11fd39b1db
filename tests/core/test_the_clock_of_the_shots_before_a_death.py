"""A clock on the shooting verb of "shot about 4:30 p.m. and died" says when the shots were
fired, not when the victim died: against "shot at 4:30 p.m. and died at 6:30 p.m." it agrees with
the time of the shots and is no conflict with the time of the death. Twin: a clock of the shots
hours apart ("shot at 7:30 p.m. and died at 9:30 p.m.") still conflicts."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEAD = "A 31-year-old man died after a shooting on Elm Street on Tuesday, police said. "
RIGHT = "The victim was shot at 4:30 p.m. and died at 6:30 p.m."


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(compare_stories(LEAD + left, LEAD + right))


def test_shot_about_4_30_and_died_is_no_clash_with_a_death_at_6_30() -> None:
    found = _conflicts("The victim was shot about 4:30 p.m. and died at a hospital.", RIGHT)
    assert found == [], found


def test_shot_about_4_30_and_died_later_is_no_clash_with_a_death_at_6_30() -> None:
    found = _conflicts("The victim was shot about 4:30 p.m. and died two hours later.", RIGHT)
    assert found == [], found


def test_shot_about_4_30_clashes_with_shots_at_7_30() -> None:
    found = _conflicts(
        "The victim was shot about 4:30 p.m. and died at a hospital.",
        "The victim was shot at 7:30 p.m. and died at 9:30 p.m.",
    )
    assert ({"about 4:30 p.m."}, {"7:30 p.m."}) in found, found
