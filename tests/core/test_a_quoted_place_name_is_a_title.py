"""One article calls the Oscars' host 'the star of the period drama "Australia"', the other says
the ceremony is televised from Hollywood: a place's name alone between quotation marks is the
title of a work, so the first article does not set the story in Australia and a journalist sees
no two places. An article that does put its story in Australia still conflicts."""

from __future__ import annotations

from tests.factories import compare_stories, place_conflicts

_HOLLYWOOD = (
    "Oscars pick a host\n\n"
    "Hugh Jackman will host the ceremony, televised live from the Kodak Theatre in Hollywood in "
    "February, organisers announced on Friday.\n"
    "The actor is best known as Wolverine."
)


def _host(who: str) -> str:
    return (
        "Jackman to host Oscars\n\n"
        f"Hugh Jackman, {who}, will host the Academy Awards in February, organisers said on "
        "Friday.\n"
        "The actor is best known as Wolverine."
    )


def test_the_star_of_the_film_australia_puts_no_story_in_australia() -> None:
    report = compare_stories(_host('the star of the period drama "Australia"'), _HOLLYWOOD)
    assert not place_conflicts(report)


def test_an_actor_filming_in_australia_is_told_somewhere_else_than_hollywood() -> None:
    report = compare_stories(_host("who is filming in Australia"), _HOLLYWOOD)
    assert ({"Australia"}, {"Hollywood"}) in place_conflicts(report)
