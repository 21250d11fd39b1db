"""Two distances measured from two different points ("150 nautical miles west of Aden" / "13
nautical miles from the Mysore") are two facts, never a conflict; from the same point they are
one."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2008-12-14")


HEADLINE = "Indian navy foils pirate attack on Ethiopian ship.\n\n"


def conflicts(left: str, right: str) -> list[str]:
    report = compare_documents(doc(HEADLINE + left), doc(HEADLINE + right))
    return [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_distances_from_two_points_are_no_conflict() -> None:
    assert not conflicts(
        "The skipper of the Ethiopian vessel, sailing 150 nautical miles west of Aden, radioed "
        "that pirates had brought his ship under heavy fire.",
        "The merchant ship, which was 13 nautical miles from the Mysore, fired back at the "
        "pirates with small arms.",
    )


def test_distances_from_one_point_still_clash() -> None:
    found = conflicts(
        "The Ethiopian vessel was 150 nautical miles west of Aden when the pirates attacked.",
        "The Ethiopian vessel was 80 nautical miles west of Aden when the pirates attacked.",
    )
    assert found and "150" in found[0] and "80" in found[0]
