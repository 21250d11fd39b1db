"""A share told as a ratio ("Seven in ten voters", "one in five children", "three out of four")
is one share, a percentage: it agrees with the same share in percent ("70 percent of voters")
instead of leaving two counts and a percentage yellow, and conflicts with a far share ("40
percent"). "One in ten" is never ten inches."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow


def _poll(share: str) -> str:
    return f"Poll backs transit tax\n\n{share} voters backed the transit tax, a new poll found."


def test_seven_in_ten_voters_agree_with_70_percent_of_voters() -> None:
    report = compare_stories(_poll("Seven in ten"), _poll("Some 70 percent of"))
    assert not yellow(report)
    assert ({"Seven in ten"}, {"Some 70 percent"}) in agreed_texts(report)


def test_three_out_of_four_voters_agree_with_75_percent_of_voters() -> None:
    report = compare_stories(_poll("Three out of four"), _poll("Some 75 percent of"))
    assert ({"Three out of four"}, {"Some 75 percent"}) in agreed_texts(report)


def test_seven_in_ten_voters_conflict_with_40_percent_of_voters() -> None:
    report = compare_stories(_poll("Seven in ten"), _poll("Some 40 percent of"))
    assert ({"Seven in ten"}, {"Some 40 percent"}) in conflict_texts(report)


def test_one_in_ten_voters_is_a_share_and_no_length() -> None:
    report = compare_stories(_poll("One in ten"), _poll("About 10 percent of"))
    assert ({"One in ten"}, {"About 10 percent"}) in agreed_texts(report)


def test_one_in_ten_workers_agree_with_a_tenth_of_the_workers() -> None:
    report = compare_stories(
        "Carmaker cuts jobs\n\nThe carmaker fired 1 in 10 workers in May, the union said.",
        "Carmaker cuts jobs\n\nThe carmaker fired a tenth of its workers in May, the union said.",
    )
    assert not yellow(report)
    assert ({"1 in 10"}, {"a tenth"}) in agreed_texts(report)
