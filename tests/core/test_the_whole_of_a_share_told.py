"""The whole of a share ("Two of the five suspects were arrested", "guilty on three of four
counts") is not set against the other article's count that equals the share ("Police arrested
two suspects", "convicted on three counts"): no conflict. Two wholes that differ ("of the five"
/ "of the six") still conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def _arrests(sentence: str) -> str:
    return f"Suspects held after robbery\n\n{sentence} in Texas on Monday, police said."


def test_two_of_the_five_suspects_arrested_does_not_conflict_with_two_suspects_arrested() -> None:
    report = compare_stories(
        _arrests("Two of the five suspects were arrested"),
        _arrests("Officers arrested two suspects"),
    )
    assert not conflict_texts(report)


def test_guilty_on_three_of_four_counts_does_not_conflict_with_convicted_on_three_counts() -> None:
    report = compare_stories(
        "Banker convicted\n\nThe jury found the banker guilty on three of four counts.",
        "Banker convicted\n\nThe banker was convicted on three counts and acquitted on one.",
    )
    assert not conflict_texts(report)


def test_two_of_the_five_suspects_still_conflicts_with_two_of_the_six_suspects() -> None:
    report = compare_stories(
        _arrests("Two of the five suspects were arrested"),
        _arrests("Two of the six suspects were arrested"),
    )
    assert ({"five"}, {"six"}) in conflict_texts(report)
