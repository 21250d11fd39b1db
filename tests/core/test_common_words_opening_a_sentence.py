"""A common word capitalised only because it opens a sentence ("Neighbours said ...") names no
body: no mark for it. A firm whose name is a common word and is written inside a sentence too
("worked for Apple") keeps its name."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import left_only_types

_HEAD = (
    "Man shot dead outside his home\n\n"
    "A man was shot dead outside his home on Tuesday morning, police said.\n\n"
)


def _types_of(extra: str, name: str) -> set[MentionType]:
    return left_only_types(_HEAD + extra + "\n", _HEAD, name)


def test_neighbours_who_opened_a_sentence_are_no_body() -> None:
    extra = "Neighbours said the victim, Paul Riva, was a quiet man."
    assert _types_of(extra, "Neighbours") == set()
    assert _types_of(extra, "Paul Riva") == {MentionType.PERSON}


def test_a_firm_named_by_a_common_word_inside_a_sentence_keeps_its_name() -> None:
    extra = "Apple said the store would reopen in May. The victim had worked for Apple for years."
    assert _types_of(extra, "Apple") == {MentionType.ORGANISATION}


def test_a_surname_that_opens_every_sentence_stays_a_person() -> None:
    extra = "Page was born in 1923, her agent said."
    assert _types_of(extra, "Page") == {MentionType.PERSON}
