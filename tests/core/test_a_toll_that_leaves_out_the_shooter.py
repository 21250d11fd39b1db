"""A toll told with the one who did it left out counts his victims only: "Three people were
killed, not including the shooter" is one short of "Four people died, including the shooter",
and the two tell one toll, no conflict on the count. Twins: two tolls that both take the shooter
in ("including the shooter") or say nothing of him compare as they stand."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEAD = "A gunman opened fire inside a warehouse in Eastwood on Tuesday morning, police said. "


def _conflicts(left_toll: str, right_toll: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(compare_stories(LEAD + left_toll, LEAD + right_toll))


def test_three_killed_not_including_the_shooter_is_no_conflict_with_four_dead_including_him() -> (
    None
):
    found = _conflicts(
        "Three people were killed, not including the shooter.",
        "Four people died, including the shooter.",
    )
    assert found == [], found


def test_five_killed_excluding_the_gunman_is_no_conflict_with_six_dead() -> None:
    found = _conflicts(
        "Five people were killed, excluding the gunman, police said.",
        "Six people died in the attack, including the gunman, police said.",
    )
    assert found == [], found


def test_two_tolls_that_both_count_the_shooter_still_conflict() -> None:
    found = _conflicts(
        "Three people were killed, including the shooter.",
        "Four people died, including the shooter.",
    )
    assert ({"Three"}, {"Four"}) in found, found


def test_two_plain_tolls_still_conflict() -> None:
    found = _conflicts("Three people were killed.", "Four people died.")
    assert ({"Three"}, {"Four"}) in found, found
