"""A building's floors spelt the British way ("an eight-storey building") and the American way
("an eight-story building") are one count of floors; a building with other floors told either
way conflicts."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow


def test_an_eight_storey_building_is_an_eight_story_building() -> None:
    report = compare_texts(
        "The eight-storey building collapsed in Dhaka on Wednesday.",
        "An eight-story building collapsed in Dhaka on Wednesday.",
    )
    assert yellow(report) == []


def test_a_six_storey_building_is_not_an_eight_story_one() -> None:
    report = compare_texts(
        "The six-storey building collapsed in Dhaka on Wednesday.",
        "An eight-story building collapsed in Dhaka on Wednesday.",
    )
    assert conflict_texts(report) == [({"six"}, {"eight"})]
