"""A deed someone is charged with is the story's own, however long ago it was done: "charged
with killing two young women ... 41 years ago" / "charged in the 1967 slayings of five women"
count the victims of one killing twice. A deed told 41 years back with no charge for it may be
another one."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_RIGHT = (
    "Co-worker charged in old killing\n\n"
    "A co-worker has been charged in the 1967 slayings of five women at an ice cream shop in "
    "Staunton, authorities said.\n"
)


def test_the_victims_of_a_charged_killing_41_years_ago_are_the_storys_count() -> None:
    report = compare_stories(
        "Woman released in old killing\n\n"
        "A 60-year-old woman charged with killing two young women in a Staunton ice cream shop "
        "41 years ago was released without bail, authorities said.\n",
        _RIGHT,
    )
    assert ({"two"}, {"five"}) in conflict_texts(report)


def test_a_shooting_41_years_ago_that_no_one_is_charged_with_is_another() -> None:
    report = compare_stories(
        "Woman released in old killing\n\n"
        "Police said the woman charged in the slayings had shot two young women in another town "
        "41 years ago.\n",
        _RIGHT,
    )
    assert not any("two" in left for left, _ in conflict_texts(report))
