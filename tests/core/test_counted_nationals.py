"""A toll of troops the one article calls "Egyptian" and the other just "soldiers" in the Sinai
counts the same troops: the nationality says who the counted are, not whose figure it is, so a
different count is a conflict. Two nationalities still count two groups (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Militants killed 17 soldiers in an attack on an army post in the Sinai Peninsula on "
    "Sunday, security sources said. The attackers used rocket-propelled grenades and machine "
    "guns. The post is near the town of Rafah on the border with Gaza."
)


def _right(toll: str, people: str = "Egyptian") -> str:
    return (
        f"{toll} {people} troops died when gunmen armed with grenades and heavy machine guns "
        "stormed a military checkpoint in northern Sinai on Sunday. The checkpoint lies close "
        "to Rafah, near the Gaza border, security officials said."
    )


def test_a_toll_of_egyptian_troops_meets_the_soldiers_the_other_counts() -> None:
    assert ({"17"}, {"Seventy-one"}) in conflict_texts(compare_stories(LEFT, _right("Seventy-one")))


def test_the_same_toll_of_egyptian_troops_is_no_conflict() -> None:
    assert not conflict_texts(compare_stories(LEFT, _right("Seventeen")))


def test_troops_of_two_nations_are_two_groups() -> None:
    left = LEFT.replace("killed 17 soldiers", "killed 17 Egyptian soldiers")
    found = conflict_texts(compare_stories(left, _right("Seventy-one", "Israeli")))
    assert not any("17" in mine for mine, _ in found)
