"""People treated in hospital are some of the injured, who also count those hurt and never
treated: "Three people were treated at a hospital" against "Five people were injured" is no
conflict; more treated than injured, and two counts of the injured, still conflict."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts

INJURED = "Five people were injured in the shooting outside the club on Sunday, police said."


def _conflicts(left: str, right: str) -> list[tuple[str, str]]:
    return [
        (f.left[0].text, f.right[0].text)
        for f in compare_texts(left, right).findings
        if f.kind is FindingKind.CONFLICT
    ]


def test_three_treated_at_a_hospital_are_some_of_five_injured() -> None:
    treated = (
        "Three people were treated at a hospital after the shooting outside the club on Sunday."
    )
    assert _conflicts(INJURED, treated) == []


def test_two_hospitalized_are_some_of_five_injured() -> None:
    hospitalized = "Two people were hospitalized after the shooting outside the club on Sunday."
    assert _conflicts(INJURED, hospitalized) == []


def test_seven_treated_cannot_be_some_of_five_injured() -> None:
    treated = (
        "Seven people were treated at a hospital after the shooting outside the club on Sunday."
    )
    assert _conflicts(INJURED, treated) == [("Five", "Seven")]


def test_seven_injured_still_conflicts_with_five_injured() -> None:
    injured = "Seven people were injured in the shooting outside the club on Sunday, police said."
    assert _conflicts(INJURED, injured) == [("Five", "Seven")]
