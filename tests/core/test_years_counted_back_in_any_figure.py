"""A reporter reads "killed two women in 1967" on one side and "killed two women 41 years ago"
on the other, in a piece of December 2008: 41 years before the page is 1967, the same year told
as a count, so neither is marked as told by one side only. Counted back from a page of 2008,
"41 years ago" is not 1965: that year stays the one side's alone.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_DATED = "2008-12-05"


def _left(year: str) -> str:
    return (
        "Woman charged in old killings\n\n"
        f"Sharron Smith is now accused of murdering two women at a Staunton ice cream store in "
        f"{year}, police said."
    )


_RIGHT = (
    "Accused woman freed\n\n"
    "A 60-year-old woman charged with killing two young women in a Staunton ice cream shop "
    "41 years ago was released without bail, police said."
)


def test_41_years_ago_in_2008_is_1967() -> None:
    report = compare_texts(_left("1967"), _RIGHT, _DATED)
    assert not marks(report, "1967")
    assert not marks(report, "41 years ago")


def test_a_count_in_words_is_the_same_count() -> None:
    report = compare_texts(_left("1967"), _RIGHT.replace("41", "forty-one"), _DATED)
    assert not marks(report, "forty-one years ago")


def test_41_years_ago_in_2008_is_not_1965() -> None:
    report = compare_texts(_left("1965"), _RIGHT, _DATED)
    assert marks(report, "1965")
