"""A plural name after "the" ("The Jets finished 4-13", "re-signed with the Spurs") names a team,
never one person: it is no one on the people cards. A surname before a noun ("the Williams
sisters") is left to the tagger."""

from desktop.core.model import MentionType
from tests.factories import left_only_types


def test_a_team_named_by_its_plural_nickname_is_an_organisation() -> None:
    types = left_only_types(
        "Quarterback Tom Baird returned on Sunday. The Jets finished 4-13.",
        "Quarterback Tom Baird returned on Sunday. He threw for 1,840 yards.",
        "Jets",
    )
    assert MentionType.PERSON not in types
    assert MentionType.ORGANISATION in types


def test_a_club_re_signed_with_is_an_organisation() -> None:
    types = left_only_types(
        "Veteran Mark Aldo re-signed with the Spurs on a one-year deal on Monday.",
        "Mark Aldo agreed to a one-year deal on Monday.",
        "Spurs",
    )
    assert types == {MentionType.ORGANISATION}


def test_a_surname_ending_in_s_without_the_stays_a_person() -> None:
    types = left_only_types(
        "Quarterback Tom Baird returned on Sunday. Coach Dan Rivers praised him.",
        "Quarterback Tom Baird returned on Sunday. He threw for 1,840 yards.",
        "Dan Rivers",
    )
    assert types == {MentionType.PERSON}
