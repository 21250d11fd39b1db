"""A name the story gives as a village's ("the villages of Tonban, Gavarzin and Khaledi") is a
place, on every line it stands on, not a person or a body the small model took it for."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories

_HEAD = (
    "Quake hits southern Iran\n\nA strong earthquake struck the south of the country on Sunday.\n\n"
)


def _types_of(left: str, right: str, name: str) -> set[MentionType]:
    report = compare_stories(left, right)
    return {
        f.type
        for f in report.findings
        if f.kind is not FindingKind.RIGHT_ONLY and any(s.text == name for s in f.left)
    }


def test_villages_listed_after_the_villages_of_are_places() -> None:
    left = (
        _HEAD
        + "Houses collapsed in the villages of Tonban, Gavarzin and Khaledi, officials said.\n"
    )
    right = _HEAD + "Khaledi and Gavarzin were all but destroyed, the governor said.\n"
    assert _types_of(left, right, "Gavarzin") == {MentionType.PLACE}
    assert _types_of(left, right, "Khaledi") == {MentionType.PLACE}


def test_the_sons_of_a_man_named_in_full_stay_people() -> None:
    left = _HEAD + "The two sons of Hassan Karimi were rescued from the rubble, officials said.\n"
    right = _HEAD + "Hassan Karimi said his sons were rescued from the rubble.\n"
    assert _types_of(left, right, "Hassan Karimi") == {MentionType.PERSON}
