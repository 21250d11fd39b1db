"""How many fired, told in two articles of one shooting: "a lone gunman" against "two gunmen",
"a man opened fire" against "two men opened fire" contradict each other; "a man opened fire" in
an article that tells of a second gunman too, and a count told of another shooting, set nothing
against anything (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def _story(firers: str, tail: str = "") -> str:
    return (
        "Gunfire at Hollis Park cookout.\n\n"
        f"Police said {firers} at a cookout in Hollis Park on Saturday evening, wounding a "
        f"20-year-old man.{tail}\n\n"
        "The wounded man was taken to Bayside Hospital in stable condition, Officer Rae Kim said."
    )


def test_a_lone_gunman_against_two_gunmen_is_a_conflict_both_ways() -> None:
    left, right = _story("a lone gunman opened fire"), _story("two gunmen opened fire")
    assert ({"a lone gunman"}, {"two gunmen"}) in conflict_texts(compare_stories(left, right))
    assert ({"two gunmen"}, {"a lone gunman"}) in conflict_texts(compare_stories(right, left))


def test_a_man_opened_fire_against_two_men_opened_fire_is_a_conflict() -> None:
    found = conflict_texts(
        compare_stories(_story("a man opened fire"), _story("two masked men opened fire"))
    )
    assert ({"a man opened fire"}, {"two masked men opened fire"}) in found


def test_a_single_shooter_against_three_shooters_is_a_conflict() -> None:
    found = conflict_texts(
        compare_stories(_story("a single shooter fired"), _story("three shooters fired"))
    )
    assert ({"a single shooter"}, {"three shooters"}) in found


def test_a_man_who_opened_fire_beside_a_second_gunman_is_one_of_several() -> None:
    left = _story("a man opened fire", " A second gunman fired from a car, witnesses said.")
    found = conflict_texts(compare_stories(left, _story("two men opened fire")))
    assert not any("a man opened fire" in a for a, _ in found), found


def test_two_gunmen_of_another_shooting_are_not_this_ones() -> None:
    tail = " In a separate shooting, two gunmen opened fire on a car on Ames Street."
    found = conflict_texts(
        compare_stories(_story("a lone gunman opened fire", tail), _story("a man opened fire"))
    )
    assert found == []


def test_one_gunman_told_two_ways_agrees() -> None:
    found = conflict_texts(
        compare_stories(_story("a lone gunman opened fire"), _story("a man opened fire"))
    )
    assert found == []
