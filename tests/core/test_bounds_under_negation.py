"""A floor is a floor and a negated floor a ceiling: "more than three years" is not corroborated
by "more than six years", and "no team offered more than seven years" clashes with an offer of
eight."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

SENTENCE = (
    "Guard jailed\n\nA former prison guard was sentenced on Monday to {} in prison for smuggling "
    "phones to inmates, a judge in Ohio ruled."
)
OFFER = "Hawks bid\n\nThe Hawks offered the pitcher a contract of {} on Friday, the club said."
NO_OFFER = (
    "Pitcher weighs offers\n\nNo team offered the pitcher a contract of more than seven years on "
    "Friday, the club said."
)


def test_two_different_floors_for_one_prison_term_are_a_conflict() -> None:
    report = compare_texts(
        SENTENCE.format("more than three years"), SENTENCE.format("more than six years")
    )
    assert ({"more than three years"}, {"more than six years"}) in conflict_texts(report)
    reasons = [f.reason for f in report.findings if f.left and f.left[0].text.startswith("more")]
    assert all("toll" not in r for r in reasons), reasons


def test_an_offer_of_eight_years_clashes_with_no_team_offering_more_than_seven() -> None:
    report = compare_texts(OFFER.format("eight years"), NO_OFFER)
    assert ({"eight years"}, {"more than seven years"}) in conflict_texts(report)


def test_an_offer_of_eight_years_is_no_clash_with_more_than_seven_years_said_plainly() -> None:
    report = compare_texts(OFFER.format("eight years"), OFFER.format("more than seven years"))
    assert conflict_texts(report) == []
