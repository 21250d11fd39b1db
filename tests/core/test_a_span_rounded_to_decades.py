"""A span told in decades is rounded to the decade: an obituary's "hosted her show for 22 years"
and another paper's "for two decades" tell one career, but "for 26 years" is no "two decades"."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Former talk show host Gloria West died on Friday at 91. West hosted her daytime show for "
    "{years} years. She is survived by three children."
)
RIGHT = (
    "Gloria West, who hosted a daytime talk show for two decades, has died at the age of 91. "
    "West died Friday. Her three children survive her."
)


def _conflicts(years: int) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(compare_stories(LEFT.format(years=years), RIGHT))


def test_hosted_for_22_years_agrees_with_two_decades() -> None:
    assert _conflicts(22) == []


def test_hosted_for_26_years_conflicts_with_two_decades() -> None:
    assert ({"26 years"}, {"two decades"}) in _conflicts(26), _conflicts(26)
