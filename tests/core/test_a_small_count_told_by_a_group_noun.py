"""A small count told by a noun of a group: "a pair of left hooks" is two left hooks, "a trio
of stolen cars" three, "a couple of goals" and "a handful of protesters" a rough few. The noun
after "of" is what is counted, never the group noun; "a pair of handcuffs" is one thing."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_texts, conflict_texts, yellow

_BOUT = (
    "The boxer landed {count} left hooks in the third round. His opponent went down twice. "
    "The referee stopped the fight."
)


def test_a_pair_of_left_hooks_is_not_three_consecutive_left_hooks() -> None:
    report = compare_texts(_BOUT.format(count="a pair of"), _BOUT.format(count="three consecutive"))
    assert ({"a pair"}, {"three"}) in conflict_texts(report)


def test_a_pair_of_left_hooks_is_two_left_hooks() -> None:
    report = compare_texts(_BOUT.format(count="a pair of"), _BOUT.format(count="two"))
    assert ({"a pair"}, {"two"}) in agreed_texts(report)
    assert not conflict_texts(report)


_CARS = (
    "Police seized {count} stolen cars at a garage in Lenton. The owner was arrested. The cars "
    "had been taken from a dealer."
)


def test_a_trio_of_stolen_cars_is_three_and_not_five() -> None:
    three = compare_texts(_CARS.format(count="a trio of"), _CARS.format(count="three"))
    five = compare_texts(_CARS.format(count="a trio of"), _CARS.format(count="five"))
    assert ({"a trio"}, {"three"}) in agreed_texts(three)
    assert ({"a trio"}, {"five"}) in conflict_texts(five)


_PROTEST = (
    "{count} protesters gathered outside the parliament in Varn on Saturday. They carried "
    "banners against the new tax. Police watched from a distance."
)


def test_a_handful_of_protesters_is_a_rough_few_not_three_hundred() -> None:
    few = compare_texts(_PROTEST.format(count="Only a handful of"), _PROTEST.format(count="Four"))
    many = compare_texts(
        _PROTEST.format(count="Only a handful of"), _PROTEST.format(count="About 300")
    )
    assert not conflict_texts(few)
    assert ({"a handful"}, {"About 300"}) in conflict_texts(many)


def test_a_couple_of_goals_is_not_four() -> None:
    match = (
        "The striker scored {count} goals in the first half. Her side won 4-1. The coach "
        "praised her after the match."
    )
    report = compare_texts(match.format(count="a couple of"), match.format(count="four"))
    assert ({"a couple"}, {"four"}) in conflict_texts(report)


def test_a_pair_of_shoes_is_one_thing_and_no_count() -> None:
    left = (
        "The company gave a pair of shoes to every worker at its Harlow plant. The plant "
        "employs 400 people. It opened in 1998."
    )
    right = (
        "The company gave shoes to every worker at its Harlow plant. The plant employs 400 "
        "people. It opened in 1998."
    )
    assert "a pair" not in yellow(compare_texts(left, right))


def test_a_pair_of_them_takes_part_of_a_group_already_named() -> None:
    left = (
        "Four men fled the Lenton garage. A pair of them were later arrested. Police are "
        "still searching for the rest."
    )
    right = (
        "Four men fled the Lenton garage. Two were later arrested. Police are still searching "
        "for the rest."
    )
    assert "a pair" not in yellow(compare_texts(left, right))
