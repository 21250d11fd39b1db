"""Two articles about one shooting give the dead or the injured two exact counts: a conflict,
whose reason says a toll is revised as news comes in, so both may have been true when each was
written. Two ages of one victim are no toll and keep the plain reason (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories

_LEFT = (
    "{} people were killed and three were wounded in a shooting at a nightclub on Fifth Street "
    "early Sunday, police said."
)
_RIGHT = (
    "{} people were killed and three others were wounded in a shooting at a Fifth Street "
    "nightclub early Sunday, police said."
)


def _conflict_reasons(left: str, right: str) -> list[str]:
    report = compare_stories(left, right)
    return [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_two_dead_against_three_dead_may_be_a_toll_that_rose() -> None:
    reasons = _conflict_reasons(_LEFT.format("Two"), _RIGHT.format("Three"))
    assert len(reasons) == 1, reasons
    assert "the dead" in reasons[0], reasons
    assert "both may have been true" in reasons[0], reasons


def test_a_victims_two_ages_are_no_toll_that_changed() -> None:
    left = "Police identified the victim as Tanya Brooks, 32, of Maple Heights. She was shot."
    right = "The victim, 33-year-old Tanya Brooks of Maple Heights, was shot, police said."
    reasons = _conflict_reasons(left, right)
    assert reasons, reasons
    assert not any("toll is revised" in r for r in reasons), reasons
