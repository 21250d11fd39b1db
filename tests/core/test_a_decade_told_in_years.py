"""A decade is ten years: "the work will be done within a decade" / "the work would take ten
years" tell one length, wherever the other article writes it, as the same figure written twice
would; so no yellow "only the right gives it" mark on "a decade", and "three decades" is "30
years". A count of years the decades do not make ("six years") leaves the mark (hand-written
stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories


def _right_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.RIGHT_ONLY for s in f.right}


def _left(years: str) -> str:
    return (
        "The council approved the plan to replace the old water pipes on Monday.\n"
        f"The mayor said the work would take {years} and cost $40 million.\n"
        "Residents were told to expect road closures."
    )


_RIGHT = (
    "The council approved the plan on Monday, and the old water pipes will be replaced within"
    " a decade.\n"
    "It will cost $40 million, the mayor said.\n"
    "Residents were told to expect road closures."
)


def test_a_decade_is_told_by_ten_years_in_another_sentence() -> None:
    assert "a decade" not in _right_only(compare_stories(_left("ten years"), _RIGHT))


def test_three_decades_are_told_by_thirty_years() -> None:
    left = "The baker, who ran the shop for 30 years, retired on Friday.\nHe is 71."
    right = "The baker retired on Friday.\nHe is 71 and ran the shop for three decades."
    assert "three decades" not in _right_only(compare_stories(left, right))


def test_a_decade_against_six_years_keeps_its_mark() -> None:
    assert "a decade" in _right_only(compare_stories(_left("six years"), _RIGHT))
