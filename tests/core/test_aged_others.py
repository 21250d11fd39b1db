"""Ages of two different people are never one age told two ways: two sentences that age the
same people in another order, and "the other victim" against "one victim". The same name aged
differently stays a conflict.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind, Report
from tests.factories import compare_stories as compare


def conflicts(report: Report) -> list[tuple[str, ...]]:
    found: list[Finding] = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    return [tuple(s.text for s in (*f.left, *f.right)) for f in found]


def test_two_wounded_men_aged_in_another_order_are_no_age_conflict() -> None:
    left = (
        "Two shot\n\nA 24-year-old man was shot in the leg and a 31-year-old man was shot in the "
        "arm on Friday, police said.\n"
    )
    right = (
        "Two shot\n\nA 31-year-old man was shot in the leg and a 24-year-old man was shot in the "
        "arm on Friday, police said.\n"
    )
    assert conflicts(compare(left, right)) == []


def test_the_other_victims_age_is_no_conflict_with_one_victims_age() -> None:
    left = "Two shot\n\nOne victim, 24, was taken to Stroger Hospital on Friday.\n"
    right = "Two shot\n\nThe other victim, 31, was taken to Stroger Hospital on Friday.\n"
    assert conflicts(compare(left, right)) == []


def test_one_named_man_aged_twice_is_still_a_conflict() -> None:
    left = "Man shot\n\nPolice arrested Tom Reed, 22, on Friday. The victim, 19, died.\n"
    right = "Man shot\n\nPolice arrested a man on Friday. Tom Reed, 19, is charged with murder.\n"
    assert ("22", "19") in conflicts(compare(left, right))


def test_a_man_also_charged_is_a_second_suspect_not_the_first_one_aged_anew() -> None:
    left = "Two charged\n\nA 19-year-old man was charged with murder on Monday, police said.\n"
    right = (
        "Two charged\n\nA 20-year-old man was also charged with murder on Monday, police said.\n"
    )
    assert conflicts(compare(left, right)) == []
