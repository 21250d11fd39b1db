"""A figure set off after a noun of an office ("The governor, 61,") is the office-holder's age,
as after a trade ("The singer, 45,"): it agrees with "the 61-year-old governor" instead of
leaving that age yellow, and conflicts with "the 66-year-old governor"."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow


def _signed(governor: str) -> str:
    return f"Governor signs budget\n\n{governor} signed the budget bill on Monday, aides said."


def test_the_governor_aged_61_agrees_with_the_61_year_old_governor() -> None:
    report = compare_stories(_signed("The governor, 61,"), _signed("The 61-year-old governor"))
    assert not yellow(report)
    assert ({"61"}, {"61-year-old"}) in agreed_texts(report)


def test_the_governor_aged_61_conflicts_with_the_66_year_old_governor() -> None:
    report = compare_stories(_signed("The governor, 61,"), _signed("The 66-year-old governor"))
    assert ({"61"}, {"66-year-old"}) in conflict_texts(report)
