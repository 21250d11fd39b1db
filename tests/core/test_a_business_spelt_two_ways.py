"""One business named in both articles, one word of its name in two forms: "Harmon Engineering
Group" / "Harmon Engineers Group" is one firm spelt two ways, a conflict a fact-checker must
settle; "Defence" / "Defense", "Corp." / "Corporation" or two different firms are not
(hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories


def _story(firm: str, rest: str = "") -> str:
    return (
        "Fire guts warehouse\n\n"
        f"A fire gutted a warehouse owned by {firm} on Tuesday night, fire officials said. "
        "No one was hurt, and the cause is under investigation. About 40 firefighters fought the "
        f"blaze for three hours.{rest}"
    )


def _organisation_conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(_story(left), _story(right))
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.ORGANISATION
    ]


def test_one_firm_spelt_two_ways_shows_a_conflict() -> None:
    found = _organisation_conflicts("Harmon Engineering Group", "Harmon Engineers Group")
    assert ({"Harmon Engineering Group"}, {"Harmon Engineers Group"}) in found


def test_one_name_in_another_accepted_form_stays_agreed() -> None:
    assert not _organisation_conflicts("Harmon Engineering Group", "HARMON Engineering Group")
    assert not _organisation_conflicts("Harmon Industries Corp.", "Harmon Industries Corporation")
    assert not _organisation_conflicts("the Ministry of Defence", "the Ministry of Defense")


def test_two_different_firms_are_no_slip_of_spelling() -> None:
    # Two firms in one place of the story may clash as owners, never as one name misspelt.
    report = compare_stories(_story("Harmon Engineering Group"), _story("Harmon Logistics Group"))
    assert not [f for f in report.findings if "spell its name" in f.reason]
