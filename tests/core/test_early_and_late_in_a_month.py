""" "Early March" is the first third of March and "late 2019" the last third of 2019: a day or
month inside agrees ("early March" / "March 5"), one in the opposite third conflicts ("early
March" / "March 25", "early 2019" / "November 2019"). The middle stays open to either."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, day_conflicts


def _merger(when: str) -> str:
    return f"Brewers complete merger\n\nThe two brewers closed their merger {when}, the companies said."


def test_a_merger_closed_in_early_march_agrees_with_one_closed_on_march_5() -> None:
    report = compare_stories(_merger("in early March"), _merger("on March 5"))
    assert not day_conflicts(report)
    assert ({"early March"}, {"March 5"}) in agreed_texts(report)


def test_a_merger_closed_in_early_march_conflicts_with_one_closed_on_march_25() -> None:
    report = compare_stories(_merger("in early March"), _merger("on March 25"))
    assert ({"early March"}, {"March 25"}) in day_conflicts(report)


def test_a_merger_closed_in_early_march_does_not_conflict_with_one_closed_on_march_15() -> None:
    report = compare_stories(_merger("in early March"), _merger("on March 15"))
    assert not day_conflicts(report)


def test_a_merger_closed_in_early_2019_conflicts_with_one_closed_in_november_2019() -> None:
    report = compare_stories(_merger("in early 2019"), _merger("in November 2019"))
    assert ({"early 2019"}, {"November 2019"}) in day_conflicts(report)
