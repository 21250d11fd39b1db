"""Where to write and who took the picture are not people or places of the story: an e-mail
address for tips ("tips@elmpolice.org") or an outlet's web address is never a place or a person,
and a picture credit that puts the photographer's name before the agency ("Dana Reed/Getty
Images") names no one in the story. The story's own people and places keep their names.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, MentionType, Report

_STORY = "A man was shot and killed on Elm Street on Saturday night, police said."


def _compare(left: str, right: str) -> Report:
    return compare_documents(
        Document(source="left.txt", text=left), Document(source="right.txt", text=right)
    )


def _names(report: Report, side: str) -> dict[str, MentionType]:
    analysed = report.left if side == "left" else report.right
    named = (MentionType.PERSON, MentionType.PLACE, MentionType.ORGANISATION)
    return {m.text: m.type for m in analysed.mentions if m.type in named}


def test_a_tips_address_is_no_name() -> None:
    right = f"{_STORY}\n\nTips can be sent to RiverCrimeTips@riversheriff.org, police said."
    names = _names(_compare(_STORY, right), "right")
    assert not [n for n in names if "@" in n], names


def test_an_outlets_web_address_is_no_person() -> None:
    right = f"{_STORY}\n\nCheck KXYZNEWS.COM for updates on the shooting, Greg Hall said."
    names = _names(_compare(_STORY, right), "right")
    assert not [n for n in names if ".COM" in n], names
    assert names.get("Greg Hall") is MentionType.PERSON, names


def test_a_photographer_named_before_the_agency_is_not_in_the_story() -> None:
    right = (
        f"{_STORY}\n\nJohn Carter, 34, was shot in the chest, police said.\n\nMourners gather "
        "on Elm Street on Sunday. Dana Reed/Staff"
    )
    names = _names(_compare(_STORY, right), "right")
    assert not [n for n in names if "Reed" in n], names
    assert names.get("John Carter") is MentionType.PERSON, names
