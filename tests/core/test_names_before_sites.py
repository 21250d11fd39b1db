"""A name before a lower-case noun of a site names the site: "the Kandilli observatory"."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import left_only_types

_HEAD = "Quake hits Turkey\n\n"


def test_the_kandilli_observatory_is_a_body_not_a_person() -> None:
    left = _HEAD + "The quake hit at 10:42 a.m. near Elazig, the Kandilli observatory said.\n"
    right = _HEAD + "The quake hit shortly before 11 a.m. near Elazig.\n"
    assert left_only_types(left, right, "Kandilli") == {MentionType.ORGANISATION}


def test_a_person_before_a_noun_of_a_group_stays_a_person() -> None:
    left = _HEAD + "The quake hit near Elazig, the Soylu family said on Monday.\n"
    right = _HEAD + "The quake hit near Elazig on Monday.\n"
    assert MentionType.ORGANISATION not in left_only_types(left, right, "Soylu")
