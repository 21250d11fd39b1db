"""A name that dies, is born or retires is a person's ("pinup queen Bettie Rook died"), though
the small model read it as a body; a body that "died" in a figure of speech keeps its kind."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import left_only_types

_HEAD = "Pinup icon dies at 85\n\nA pinup icon of the 1950s has died, her agent said on Friday.\n\n"


def _types_of(extra: str, name: str) -> set[MentionType]:
    return left_only_types(_HEAD + extra + "\n", _HEAD, name)


def test_a_pinup_queen_who_died_is_a_person() -> None:
    extra = "Legendary pinup queen Bettie Rook died of pneumonia at the age of 85."
    assert _types_of(extra, "Bettie Rook") == {MentionType.PERSON}


def test_a_senate_where_a_bill_died_stays_a_body() -> None:
    extra = "In 2005 a bill to ban her pictures died in the Senate."
    assert _types_of(extra, "Senate") == {MentionType.ORGANISATION}
