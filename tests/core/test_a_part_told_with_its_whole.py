"""A part told with its whole ("took 412 of the 650 seats", "three of the five judges") counts
two groups of one noun: the part is the news, the whole is the chamber or the bench. The whole is
never set against the other article's count of the part ("won 412 seats", "won 402 seats"); two
wholes, a count nearer the whole ("a cabinet of 22"), or two counts told alone still clash."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_the_seats_of_the_chamber_are_not_the_seats_a_party_won() -> None:
    report = compare_texts(
        "Labour won 412 seats in the election.",
        "The Labour Party took 412 of the 650 seats.",
    )
    assert conflict_texts(report) == []


def test_a_coalitions_seats_are_not_the_size_of_the_parliament() -> None:
    report = compare_texts(
        "The coalition holds 165 of the 300 seats in parliament.",
        "The ruling coalition has a majority with 165 seats in the 300-member parliament.",
    )
    assert conflict_texts(report) == []


def test_two_wholes_of_one_chamber_still_clash() -> None:
    report = compare_texts(
        "The Labour Party took 412 of the 650 seats.",
        "The Labour Party took 412 of the 600 seats.",
    )
    assert ({"650"}, {"600"}) in conflict_texts(report)


def test_two_counts_of_seats_won_still_clash() -> None:
    report = compare_texts(
        "Labour won 412 seats in the election.",
        "Labour won 402 seats in the election.",
    )
    assert ({"412"}, {"402"}) in conflict_texts(report)


def test_a_whole_told_before_its_part_still_clashes_with_another_whole() -> None:
    report = compare_texts(
        "The new cabinet has 22 ministers, nine of them women.",
        "Nine of the 24 ministers in the new cabinet are women.",
    )
    assert ({"22"}, {"24"}) in conflict_texts(report)


def test_a_group_told_with_a_part_of_them_still_clashes_with_another_count() -> None:
    report = compare_texts(
        "The prime minister named six new ministers on Thursday, including two women.",
        "Eight ministers, two of them women, joined the cabinet on Thursday.",
    )
    assert ({"six"}, {"Eight"}) in conflict_texts(report)
