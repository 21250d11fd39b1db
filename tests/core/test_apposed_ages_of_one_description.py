"""An age set off by commas after a noun for a person is that person's age: "The gunman, 25," and
"the 31-year-old gunman" give one gunman two ages (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Gunman held after shooting\n\n"


def test_the_gunman_25_is_not_the_31_year_old_gunman() -> None:
    left = HEADLINE + "The gunman, 25, was arrested at the scene, police said."
    right = HEADLINE + "Police said the 31-year-old gunman was arrested at the scene."
    assert ({"25"}, {"31-year-old"}) in conflict_pairs(compare(left, right))


def test_the_gunman_25_is_the_25_year_old_gunman() -> None:
    left = HEADLINE + "The gunman, 25, was arrested at the scene, police said."
    right = HEADLINE + "Police said the 25-year-old gunman was arrested at the scene."
    assert conflict_pairs(compare(left, right)) == []


def test_the_victims_17_and_19_age_a_group_not_the_16_year_old_victim() -> None:
    left = HEADLINE + "The victims, 17 and 19, were shot outside the store, police said."
    right = HEADLINE + "Police said the 16-year-old victim was shot outside the store."
    assert conflict_pairs(compare(left, right)) == []
