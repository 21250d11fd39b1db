"""A Title Case headline names the story's person in full and the body only by surname: the
headline's name is that person, so a story naming someone else in the same part is a conflict."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Orchestra Picks Marta Kowalczyk as Conductor\n\n"
    "The city orchestra has chosen Marta Kowalczyk as its new conductor, the board said on "
    "Tuesday. Kowalczyk said she was thrilled.\n"
)
_RIGHT = (
    "{name} to Lead City Orchestra\n\n"
    "A new conductor will lead the city orchestra from March, its board announced on Tuesday. "
    "{surname}, who studied in Prague, called the appointment an honour.\n"
)


def _person_conflicts(right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(_LEFT, right)
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]


def test_a_conductor_named_in_the_headline_conflicts_with_another_conductor() -> None:
    found = _person_conflicts(_RIGHT.format(name="Marta Lindgren", surname="Lindgren"))
    assert any("Marta Lindgren" in r for _, r in found), found


def test_the_same_conductor_named_in_the_headline_still_agrees() -> None:
    right = _RIGHT.format(name="Marta Kowalczyk", surname="Kowalczyk")
    report = compare_stories(_LEFT, right)
    assert not _person_conflicts(right), conflict_texts(report)
    agreed = {
        s.text
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type is MentionType.PERSON
        for s in f.right
    }
    assert "Marta Kowalczyk" in agreed, agreed
