"""A count told as a part of a group counts the people its verb tells of: "Four of the victims
were treated and released" / "Five victims were treated and released" is a conflict that says
the count may have changed between the reports, and "Four victims were" agrees; a part under
another verb ("Five victims were taken to Mercy Hospital") is no count of those treated
(hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import agreed_texts, compare_stories, conflict_texts

_LEFT = (
    "Police said six people were wounded on Elm Street. Four of the victims were treated and "
    "released Sunday."
)
_RIGHT = "Six people were wounded on Elm Street, police said. {} victims were {} Sunday."


def test_four_of_the_victims_treated_against_five_victims_treated_is_a_conflict() -> None:
    report = compare_stories(_LEFT, _RIGHT.format("Five", "treated and released"))
    assert ({"Four"}, {"Five"}) in conflict_texts(report), conflict_texts(report)
    found = next(f for f in report.findings if f.kind is FindingKind.CONFLICT)
    assert "unless the count changed" in found.reason, found.reason


def test_four_of_the_victims_treated_agrees_with_four_victims_treated() -> None:
    report = compare_stories(_LEFT, _RIGHT.format("Four", "treated and released"))
    assert not conflict_texts(report), conflict_texts(report)
    assert ({"Four"}, {"Four"}) in agreed_texts(report), agreed_texts(report)


def test_a_part_under_another_verb_is_no_count_of_those_treated() -> None:
    report = compare_stories(_LEFT, _RIGHT.format("Five", "taken to Mercy Hospital"))
    assert ({"Four"}, {"Five"}) not in conflict_texts(report), conflict_texts(report)
