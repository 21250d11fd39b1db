"""In two sentences told alike but for the figures, a bound and a figure inside it can both be
true: "more than 30 bullets" / "46 bullets" agree and are no swapped figure, while a figure
below the floor ("more than ten" / "eight") still is (hand-written texts)."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from desktop.core.figures.ranges.bound_holds import bound_holds
from tests.factories import agreed_texts, compare_stories, conflict_texts

_SENTENCE = (
    "Officers recovered a handgun, {} 9-millimeter bullets and {} .38-caliber bullets from a "
    "backpack."
)
LEFT = "Gunman arrested in Oakdale.\n\n" + _SENTENCE.format("more than 30", "more than ten")


def _right(first: str, second: str) -> str:
    return "Gunman held in Oakdale.\n\n" + _SENTENCE.format(first, second)


def test_figures_inside_the_bounds_agree_and_never_conflict() -> None:
    report = compare_stories(LEFT, _right("46", "13"))
    assert not conflict_texts(report)
    assert ({"more than 30"}, {"46"}) in agreed_texts(report)
    assert ({"more than ten"}, {"13"}) in agreed_texts(report)


def test_a_figure_outside_its_bound_is_still_a_conflict() -> None:
    found = conflict_texts(compare_stories(LEFT, _right("46", "eight")))
    assert ({"more than ten"}, {"eight"}) in found


def test_two_floors_are_two_accounts_not_one_bound_and_its_figure() -> None:
    at_least_five, at_least_three = parse_number("at least five"), parse_number("at least three")
    more_than_ten, twelve = parse_number("more than ten"), parse_number("12")
    assert at_least_five and at_least_three and more_than_ten and twelve
    assert not bound_holds(at_least_five, at_least_three)
    assert bound_holds(more_than_ten, twelve) and bound_holds(twelve, more_than_ten)
