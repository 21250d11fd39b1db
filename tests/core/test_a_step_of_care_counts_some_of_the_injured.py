"""A count of the injured told with a step of care that only some take ("Two victims remain
hospitalized", "Three were treated and released") counts some of them: no clash with the toll
("five people were wounded") nor with another group ("Two people were hospitalized with serious
injuries"); two counts of the same group still clash, and a toll told with a grade of harm
("three others with serious injuries") is still the toll (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_CLUB = "Five people were injured in the shooting at the club, police said. "
_HURT = "Police said five people were hurt in the club shooting. "


def test_two_still_in_hospital_is_no_clash_with_five_wounded() -> None:
    left = (
        "Four people were shot Saturday night on Elm Street, police said. Two victims remain "
        "hospitalized in stable condition."
    )
    right = "Police said five people were wounded on Elm Street on Saturday night."
    report = compare_stories(left, right)
    assert ({"Two"}, {"five"}) not in conflict_texts(report), conflict_texts(report)


def test_those_released_and_those_hospitalized_are_two_groups() -> None:
    report = compare_stories(
        _CLUB + "Three were treated and released.",
        _HURT + "Two people were hospitalized with serious injuries.",
    )
    assert not conflict_texts(report), conflict_texts(report)


def test_two_counts_of_those_released_still_clash() -> None:
    report = compare_stories(
        _CLUB + "Three were treated and released.", _HURT + "Two were treated and released."
    )
    assert ({"Three"}, {"Two"}) in conflict_texts(report), conflict_texts(report)


def test_a_toll_told_with_a_grade_of_harm_still_clashes_with_the_toll() -> None:
    left = (
        "A jury convicted a man on Monday of a shooting that killed one man and wounded four "
        "other people near a bus stop on Lake Road."
    )
    right = (
        "Deputies said the gunfire near the Lake Road bus stop left one man dead and three others "
        "with serious injuries."
    )
    assert ({"four"}, {"three"}) in conflict_texts(compare_stories(left, right))
