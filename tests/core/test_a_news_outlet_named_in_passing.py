"""A name given to a news outlet ("a pro-war channel named Rybar") is the outlet's, not a
person's."""

from desktop.core.model import MentionType
from tests.factories import left_only_types

RIGHT = (
    "The Kremlin confirmed the deaths of Russian soldiers on Thursday. An inquiry is under way. "
    "Officials gave no names."
)


def test_a_channel_named_rybar_is_an_organisation() -> None:
    left = (
        "Although unconfirmed, a pro-war channel named Rybar claims that two Russian soldiers "
        "were inside the vehicle. The Kremlin confirmed the deaths. An inquiry is under way."
    )

    assert left_only_types(left, RIGHT, "Rybar") == {MentionType.ORGANISATION}


def test_a_soldier_named_in_passing_stays_a_person() -> None:
    left = (
        "A veterans' club said a soldier named Ivan Kovgan was inside the vehicle. The Kremlin "
        "confirmed the deaths. An inquiry is under way."
    )

    assert left_only_types(left, RIGHT, "Ivan Kovgan") == {MentionType.PERSON}
