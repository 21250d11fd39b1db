"""An exact age and a decade of life in one sentence told alike are one person's age: "Ruth
Baker, a woman in her 30s" and "Ruth Baker, a 47-year-old woman" contradict each other, while "a
woman in her 40s" (or "her late 40s") holds 47 and tells it at a coarser precision (hand-written
texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

REST = (
    " Firefighters carried her out through a back window. The cause of the fire is under "
    "investigation. Two neighbours were treated for smoke."
)


def _conflicts(left_age: str, right_age: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(
        compare_stories(
            f"Ruth Baker, {left_age}, was hurt in a house fire on Maple Road on Monday." + REST,
            f"Ruth Baker, {right_age}, was hurt in a house fire on Maple Road on Monday." + REST,
        )
    )


def test_a_decade_of_life_that_does_not_hold_the_age_is_a_conflict() -> None:
    found = _conflicts("a woman in her 30s", "a 47-year-old woman")

    assert any("47-year-old" in b for _, b in found), found


def test_a_decade_of_life_that_holds_the_age_is_no_conflict() -> None:
    assert not _conflicts("a woman in her 40s", "a 47-year-old woman")
    assert not _conflicts("a woman in her late 40s", "a 47-year-old woman")
