"""A name ending in a landform's word ("Snoqualmie Pass", "Harlan Gorge") is a place, never a
person; a firm named after one ("the Gorge Pass Company") keeps being a body."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import left_only_types

_HEAD = (
    "Storm closes mountain road\n\nA storm closed the mountain road on Tuesday, officials said.\n\n"
)


def _types_of(extra: str, name: str) -> set[MentionType]:
    return left_only_types(_HEAD + extra + "\n", _HEAD, name)


def test_a_mountain_pass_is_a_place() -> None:
    extra = "Crews worked through the night on the road through Snoqualmie Pass."
    assert _types_of(extra, "Snoqualmie Pass") == {MentionType.PLACE}


def test_a_firm_named_after_a_pass_stays_a_body() -> None:
    extra = "The Gorge Pass Company said the road would reopen on Friday."
    assert _types_of(extra, "Gorge Pass Company") == {MentionType.ORGANISATION}
