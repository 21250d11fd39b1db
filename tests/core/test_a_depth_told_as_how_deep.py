"""A dimension's adjective and its noun name one measure: "24 kilometres deep" and "at a depth of
15 kilometres" both give how deep the quake was, beside a distance from a city both give alike."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Quake shakes Taiwan's east coast\n\n"
    "An earthquake of magnitude 6.1 struck off Taiwan's east coast on Wednesday, shaking "
    "buildings in Taipei, the weather bureau said.\n\n"
    "The quake's epicentre was at sea about 30 kilometres east of Hualien at a depth of 15 "
    "kilometres.\n"
)


def _right(depth: str) -> str:
    return (
        "Taiwan: 6.1 quake off Hualien\n\n"
        "Buildings in Taipei swayed on Wednesday when a magnitude 6.1 earthquake hit the sea off "
        "Hualien.\n\n"
        f"The Central Weather Bureau said the quake was 30 kilometres east of the city and {depth} "
        "kilometres deep.\n"
    )


def test_a_quake_told_deeper_than_its_depth_is_a_conflict() -> None:
    assert ({"15 kilometres"}, {"24 kilometres"}) in conflict_texts(
        compare_stories(LEFT, _right("24"))
    )


def test_the_same_depth_told_as_how_deep_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("15"))) == []
