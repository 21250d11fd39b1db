"""An exact age and a decade of life in one sentence told alike are one person's age: "Ruth
Baker, a woman in her 30s" and "Ruth Baker, a 47-year-old woman" contradict each other, while "a
woman in her 40s" (or "her late 40s") holds 47 and tells it at a coarser precision (hand-written
texts)."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_stories, conflict_texts

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


def _agreed(left_age: str, right_age: str) -> list[tuple[set[str], set[str]]]:
    return agreed_texts(
        compare_stories(
            f"Police said {left_age} was shot on Elm Street late Friday." + REST,
            f"Police said {right_age} was shot on Elm Street late Friday." + REST,
        ),
        MentionType.NUMBER,
    )


def test_a_man_in_his_mid_30s_agrees_with_a_35_year_old_man_both_ways() -> None:
    assert ({"man in his mid-30s"}, {"35-year-old"}) in _agreed(
        "a man in his mid-30s", "a 35-year-old man"
    )
    assert ({"35-year-old"}, {"man in his mid-30s"}) in _agreed(
        "a 35-year-old man", "a man in his mid-30s"
    )


def test_a_woman_in_her_20s_agrees_with_a_24_year_old_woman() -> None:
    found = _agreed("a 24-year-old woman", "a woman in her 20s")
    assert any("24-year-old" in a for a, _ in found), found


def test_a_decade_that_misses_the_age_is_not_agreed() -> None:
    assert not any(
        "52-year-old" in b for _, b in _agreed("a man in his mid-30s", "a 52-year-old man")
    )
