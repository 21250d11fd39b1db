"""A count joined by "and" to one person before it leaves that person out: "his wife and two
children" are three people, "a man and two teenagers" three. Such a figure counts part of the
group, so "two" is no count conflict with "Four people, including the gunman, died" or "Three
people were wounded". Twins: a count with no one joined before it ("Two children were wounded")
still conflicts with another count of them."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEAD = "Police were called to a home on Elm Drive on Sunday night after neighbors heard shots. "


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(compare_stories(LEAD + left, LEAD + right))


def test_his_wife_and_two_children_are_no_conflict_with_four_dead_with_the_gunman() -> None:
    found = _conflicts(
        "The gunman killed his wife and two children before killing himself.",
        "Four people, including the gunman, died.",
    )
    assert found == [], found


def test_a_man_and_two_teenagers_are_no_conflict_with_three_wounded() -> None:
    found = _conflicts("A man and two teenagers were wounded.", "Three people were wounded.")
    assert found == [], found


def test_two_children_against_three_children_still_conflict() -> None:
    found = _conflicts("Two children were wounded.", "Three children were wounded.")
    assert ({"Two"}, {"Three"}) in found, found
