"""A gust is a wind at its strongest, and a distance per hour a speed: "gusts of up to 207
kilometres per hour" (the tagger leaves "per hour" outside the figure) bounds the storm's winds,
so "Winds reached 220 kilometres per hour" deep in the other article goes beyond it."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Storm Ciaran batters Brittany\n\n"
    "Storm Ciaran hit the coast of Brittany on Thursday with gusts of up to 207 kilometres per "
    "hour, cutting power to 1.2 million homes, French officials said.\n\n"
    "Trains across western France were cancelled.\n"
)


def _right(speed: str) -> str:
    return (
        "Brittany hit by record winds\n\n"
        "More than a million homes lost power in western France on Thursday as Storm Ciaran swept "
        "across Brittany.\n\n"
        "A truck driver died when a tree hit his vehicle.\n\n"
        f"Winds reached {speed} kilometres per hour at the Pointe du Raz, the weather service "
        "said.\n"
    )


def test_winds_beyond_the_gusts_a_lead_gives_are_a_conflict() -> None:
    conflicts = conflict_texts(compare_stories(LEFT, _right("220")))
    assert any("207" in " ".join(left) and "220" in " ".join(right) for left, right in conflicts)


def test_winds_within_the_gusts_a_lead_gives_are_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("190"))) == []
