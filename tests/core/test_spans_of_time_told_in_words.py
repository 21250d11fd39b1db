"""A span of time told in words with no number ("a decade", "a year and a half", "a day and a
half", "half a year") is read as its figure, and years and months are one scale: "a decade" /
"10 years" and "18 months" / "a year and a half" agree instead of leaving one side yellow, while
"a decade" / "four years" and "18 months" / "two and a half years" conflict."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow


def _trial(span: str) -> str:
    return (
        f"Fraud trial ends\n\nThe fraud trial of the two bankers lasted {span}, court records show."
    )


def test_a_trial_of_18_months_agrees_with_a_trial_of_a_year_and_a_half() -> None:
    report = compare_stories(_trial("18 months"), _trial("a year and a half"))
    assert not yellow(report)
    assert ({"18 months"}, {"a year and a half"}) in agreed_texts(report)


def test_a_trial_of_18_months_conflicts_with_a_trial_of_two_and_a_half_years() -> None:
    report = compare_stories(_trial("18 months"), _trial("two and a half years"))
    assert ({"18 months"}, {"two and a half years"}) in conflict_texts(report)


def test_a_trial_of_a_decade_agrees_with_a_trial_of_10_years() -> None:
    report = compare_stories(_trial("a decade"), _trial("10 years"))
    assert ({"a decade"}, {"10 years"}) in agreed_texts(report)


def test_a_trial_of_a_decade_conflicts_with_a_trial_of_four_years() -> None:
    report = compare_stories(_trial("a decade"), _trial("four years"))
    assert ({"a decade"}, {"four years"}) in conflict_texts(report)


def test_a_trial_of_a_day_and_a_half_agrees_with_one_of_36_hours() -> None:
    report = compare_stories(_trial("a day and a half"), _trial("36 hours"))
    assert ({"a day and a half"}, {"36 hours"}) in agreed_texts(report)
