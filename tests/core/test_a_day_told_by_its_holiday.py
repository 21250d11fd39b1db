"""A day one article dates and the other names by the holiday fixed to it: "marched on January 1"
/ "their New Year's Day march", "becomes legal on January 1" / "becomes legal with the start of
the New Year". New Year's Day is January 1 every year, so neither side carries a yellow "only one
gives it" mark; another day ("January 2", "March 1") keeps its mark (hand-written stories)."""

from __future__ import annotations

from tests.factories import compare_stories, one_sided_texts

_BANDS_LEFT = (
    "Thousands of musicians in feathered costumes marched through the old town.\n"
    "The bands were blessed at the cathedral before their New Year's Day march.\n"
    "Police closed the main street to traffic."
)


def _bands_right(day: str) -> str:
    return (
        "Thousands of musicians in feathered costumes marched through the old town.\n"
        f"The march is held every year on {day} and starts at the cathedral.\n"
        "Police closed the main street to traffic."
    )


def test_a_date_is_told_by_the_holiday_on_that_day() -> None:
    assert "January 1" not in one_sided_texts(
        compare_stories(_BANDS_LEFT, _bands_right("January 1"))
    )


def test_a_date_on_another_day_keeps_its_mark() -> None:
    assert "January 2" in one_sided_texts(compare_stories(_BANDS_LEFT, _bands_right("January 2")))


def _law(day: str) -> tuple[str, str]:
    left = (
        "Recreational cannabis became legal in the state with the start of the New Year.\n"
        "Shops opened early to meet the demand."
    )
    right = (
        f"Adults in the state may buy cannabis for their own use from {day}.\n"
        "Shops opened early to meet the demand."
    )
    return left, right


def test_a_holiday_is_told_by_the_date_it_falls_on() -> None:
    assert "New Year" not in one_sided_texts(compare_stories(*_law("January 1, 2020")))


def test_a_holiday_against_another_date_keeps_its_mark() -> None:
    assert "New Year" in one_sided_texts(compare_stories(*_law("March 1, 2020")))
