"""How often one act was done, told in two matching sentences: "shot twice" is not "shot three
times", while "twice" and "two times" are one count and "twice as long" counts no act
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Man shot outside bar\n\n"


def test_shot_twice_in_the_chest_is_not_shot_three_times_in_the_chest() -> None:
    left = HEADLINE + "John Smith was shot twice in the chest outside the bar, police said."
    right = HEADLINE + "Police said John Smith was shot three times in the chest outside the bar."
    assert ({"twice"}, {"three times"}) in conflict_pairs(compare(left, right))


def test_stabbed_her_twelve_times_is_not_stabbed_five_times() -> None:
    left = HEADLINE + "Police said her husband stabbed her 12 times in the kitchen of the home."
    right = (
        HEADLINE + "The woman was stabbed five times by her husband in their kitchen, police said."
    )
    assert ({"12 times"}, {"five times"}) in conflict_pairs(compare(left, right))


def test_twice_and_two_times_are_one_count() -> None:
    left = HEADLINE + "He was shot twice in the back outside the bar, police said."
    right = HEADLINE + "Police said he was shot two times in the back outside the bar."
    assert conflict_pairs(compare(left, right)) == []


def test_twice_as_long_is_a_ratio_not_a_count_of_acts() -> None:
    left = HEADLINE + "The new bridge is twice as long as the old one, officials said."
    right = HEADLINE + "Officials said the new bridge is three times as long as the old one."
    assert conflict_pairs(compare(left, right)) == []


def test_arrested_three_times_since_october_counts_within_a_span_not_all_arrests() -> None:
    left = HEADLINE + "Gray had previously been arrested four times on charges of larceny."
    right = HEADLINE + "Gray had been arrested three times since October on charges of larceny."
    assert conflict_pairs(compare(left, right)) == []
