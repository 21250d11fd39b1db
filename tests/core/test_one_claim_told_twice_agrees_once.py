"""A figure an article tells twice of one thing ("Four people were injured ... Four people from the
same family were injured") is one claim told twice. When the other article gives the same figure of
that thing in a sentence of its own, both tellings agree with it, as one fact would; counts that
share nothing but being counts of people are two claims, and neither is taken for the other's."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories

_SHOTS = (
    "Gunfire at a birthday party\n\nFour people were shot and taken to a hospital in Dunmore after "
    "an argument at a birthday party on Elm Road. Police have not named a suspect. The party had "
    "been held in a rented hall since the afternoon.\n"
)
_HURT_TWICE = (
    "Dunmore party shooting\n\nFour people were injured when a gunman opened fire late on "
    "Saturday, a police spokesman told reporters. Officers closed the street for hours. Neighbours "
    "said the hall is often rented for birthdays. Four people from the same family were injured, "
    "the spokesman said, and all are expected to live.\n"
)


def test_a_count_told_twice_agrees_with_the_other_articles_count_told_once() -> None:
    report = compare_stories(_SHOTS, _HURT_TWICE)
    assert ({"Four"}, {"Four"}) in agreed_texts(report)


def test_two_counts_that_share_only_their_people_are_no_claim_told_twice() -> None:
    arrested = _HURT_TWICE.replace(
        "Four people from the same family were injured",
        "Four people from the same family were arrested",
    )
    report = compare_stories(_SHOTS, arrested)
    assert ({"Four"}, {"Four"}) not in agreed_texts(report)
