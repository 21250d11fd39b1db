"""A name set beside a noun for a person ("his wife, Celeste,", "the suspect, Kirkpatrick,") is
that person: never a body or a place, whatever the small model read the name as."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import left_only_types

_HEAD = (
    "Man shot dead outside his home\n\n"
    "A man was shot dead outside his home on Tuesday morning, police said.\n\n"
)


def _types_of(extra: str, name: str) -> set[MentionType]:
    return left_only_types(_HEAD + extra + "\n", _HEAD, name)


def test_his_wife_named_after_the_word_wife_is_a_person() -> None:
    extra = "He was loading the car when his wife, Celeste, heard gun shots and ran out."
    assert _types_of(extra, "Celeste") == {MentionType.PERSON}


def test_the_suspect_named_after_the_word_suspect_is_a_person() -> None:
    extra = "Police said the suspect, Kirkpatrick, had been fired."
    assert _types_of(extra, "Kirkpatrick") == {MentionType.PERSON}


def test_a_woman_described_after_her_name_is_a_person() -> None:
    extra = "The vote came days after the election of Cheryl Boone Isaacs, only the third woman to head the club."
    assert _types_of(extra, "Cheryl Boone Isaacs") == {MentionType.PERSON}


def test_a_home_town_named_after_its_noun_stays_a_place() -> None:
    extra = "The victim's home town, Mannheim, mourned him on Wednesday."
    assert _types_of(extra, "Mannheim") == {MentionType.PLACE}
