"""A figure told in words before "million" or "billion" ("four and a half million"), which the
model tags a date, is a figure: it agrees with "4.5 million" and never with another figure."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_texts, yellow

_LEFT = (
    "The census found that the capital is now home to 4.5 million people. The figures were "
    "released by the statistics office on Wednesday. Officials said immigration drove most of "
    "the growth."
)


def _right(figure: str) -> str:
    return (
        f"The capital has {figure} million residents, according to census results published on "
        "Wednesday. Immigration accounted for most of the increase, officials said."
    )


def test_four_and_a_half_million_residents_are_4_5_million_people() -> None:
    report = compare_texts(_LEFT, _right("four and a half"))
    assert ({"4.5 million"}, {"four and a half million"}) in agreed_texts(report)
    assert yellow(report) == []


def test_three_and_a_half_million_residents_are_not_4_5_million_people() -> None:
    report = compare_texts(_LEFT, _right("three and a half"))
    assert all("4.5 million" not in left for left, _ in agreed_texts(report))
