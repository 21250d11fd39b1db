"""Two victims aged together, then one of them picked out by "the younger" or "the older": that
one's wound gives their age, so it clashes with the age the other story gives the victim hit
there; with three people aged, or two of one age, nothing is picked out (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Two men shot outside Dunmore bar.\n\n"
    "Two men were shot outside a bar on Fulton Street in Dunmore early Sunday, police said.\n\n"
    "Officers found two men in the street, a 52-year-old and a 30-year-old.\n\n"
    "Witnesses said the gunman fired from a passing car.\n\n"
    "The younger man was shot in the shoulder as he tried to flee, police said."
)


def _right(age: str) -> str:
    return (
        "Police seek gunman after Dunmore bar shooting.\n\n"
        "Police are looking for the gunman who shot two men outside a bar on Fulton Street in "
        "Dunmore on Sunday.\n\n"
        f"One of them, a {age}-year-old man, was shot in the shoulder while running away, "
        "police said.\n\n"
        "Both men were taken to Mercy Hospital."
    )


def test_the_younger_mans_wound_gives_his_age_against_the_other_storys() -> None:
    found = conflict_texts(compare_stories(LEFT, _right("31")))
    assert ({"30-year-old"}, {"31-year-old"}) in found


def test_the_same_age_of_the_younger_man_is_no_conflict() -> None:
    found = conflict_texts(compare_stories(LEFT, _right("30")))
    assert not any({"30-year-old", "52-year-old"} & left for left, _ in found)


def test_the_older_man_is_the_other_of_the_two() -> None:
    left = LEFT.replace("The younger man", "The older man")
    found = conflict_texts(compare_stories(left, _right("50")))
    assert ({"52-year-old"}, {"50-year-old"}) in found


def test_three_people_aged_leave_the_younger_no_one_in_particular() -> None:
    left = LEFT.replace(
        "two men in the street, a 52-year-old and a 30-year-old",
        "three men in the street, a 52-year-old, a 41-year-old and a 30-year-old",
    )
    found = conflict_texts(compare_stories(left, _right("31")))
    assert not any({"30-year-old", "41-year-old", "52-year-old"} & lf for lf, _ in found)


def test_a_shot_in_the_back_of_the_head_is_a_head_wound_and_leaves_the_back_one_persons() -> None:
    left = LEFT.replace("in the shoulder as he tried to flee", "in the back as he tried to flee")
    left += "\n\nA 25-year-old woman inside the bar was shot in the back of the head."
    right = _right("31").replace("in the shoulder while running away", "in the back")
    found = conflict_texts(compare_stories(left, right))
    assert ({"30-year-old"}, {"31-year-old"}) in found
