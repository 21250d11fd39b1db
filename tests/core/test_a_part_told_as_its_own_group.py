"""A part one article counts as a part ("the other three boats were intercepted") told by the
other as a group of its own ("The three boats had a total of 26 crew"): both say three boats were
caught of the five, no conflict with the five. A count of the boats the first article never gives
("Four boats had a total of 26 crew") still clashes with its five."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT = (
    "An Indian warship thwarted a pirate attack in the Gulf of Aden on Thursday.\n\n"
    "The ship was escorting a group of five merchant vessels when officers onboard detected a "
    "group of five boats approaching the merchant vessels.\n\n"
    "The warship challenged the pirates, who tried to flee.\n\n"
    "Two managed to give the navy the slip, but the other three boats were intercepted.\n\n"
    "Marine commandos seized rifles and ammunition."
)
RIGHT = (
    "An Indian warship foiled a pirate attack in the Gulf of Aden on Thursday.\n\n"
    "The ship was escorting five merchant vessels when she detected a group of five suspicious "
    "boats speedily approaching the vessels.\n\n"
    "Two of the boats escaped, and the ship intercepted the remaining three.\n\n"
    "The three boats had a total of 26 Somali crew onboard.\n\n"
    "Commandos seized rifles and ammunition."
)


def test_the_three_boats_caught_are_no_clash_with_the_five_that_came() -> None:
    assert conflict_texts(compare_texts(LEFT, RIGHT)) == []


def test_a_count_of_boats_the_other_article_never_gives_still_clashes() -> None:
    right = RIGHT.replace("The three boats had", "Four boats had")
    assert ({"five"}, {"Four"}) in conflict_texts(compare_texts(LEFT, right))
