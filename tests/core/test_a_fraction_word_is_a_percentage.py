"""A fraction told in words ("half of", "a third of") is a percentage of the same whole the
sentence that tells the same thing gives in figures: inside a round fraction's slack the two
agree, outside it they are a conflict that says both may be true."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "The services division brought in revenue of $54 billion last year, accounting for {} of "
    "the company's total sales.\n"
)
_RIGHT = "The services division accounts for {} of the company's revenue, analysts said.\n"


def test_half_of_the_sales_conflicts_with_about_sixty_percent_of_them() -> None:
    report = compare_stories(_LEFT.format("half"), _RIGHT.format("about 60 percent"))
    assert conflict_texts(report) == [({"half"}, {"about 60 percent"})]
    (found,) = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert "Both may be true" in found.reason


def test_a_third_of_the_sales_conflicts_with_half_in_figures() -> None:
    report = compare_stories(_LEFT.format("a third"), _RIGHT.format("50 percent"))
    assert conflict_texts(report) == [({"a third"}, {"50 percent"})]


def test_half_agrees_with_fifty_percent() -> None:
    report = compare_stories(_LEFT.format("half"), _RIGHT.format("50 percent"))
    assert conflict_texts(report) == []
    agreed = [
        f
        for f in report.findings
        if f.kind is FindingKind.AGREE and {s.text for s in f.left} == {"half"}
    ]
    assert [{s.text for s in f.right} for f in agreed] == [{"50 percent"}]


def test_the_second_half_of_the_year_is_no_share() -> None:
    left = (
        "The services division earned 60 percent of the company's revenue in the second half "
        "of the year.\n"
    )
    right = (
        "The services division earned 45 percent of the company's revenue in the second half "
        "of the year, analysts said.\n"
    )
    assert conflict_texts(compare_stories(left, right)) == [({"60 percent"}, {"45 percent"})]
