"""The island "home to 120,000 people" in one article and the town "of about 15,000 people" that
an earlier quake hit in the other are two places' populations, no figures of the quake; one
island's population given as two numbers is still a conflict."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Quake kills 10 in Iran\n\n"
    "The 6.1-magnitude quake struck Qeshm island, home to 120,000 people, on Sunday, state media "
    "said. Ten people were killed."
)


def test_the_populations_of_two_places_are_not_figures_of_the_quake() -> None:
    right = (
        "Iran quake kills 10\n\n"
        "An earthquake struck Qeshm island on Sunday, killing 10 people. The last major quake in "
        "the south was in February, when a magnitude-6.4 temblor rocked Zarand, a town of about "
        "15,000 people in Kerman province."
    )
    assert ({"120,000"}, {"about 15,000"}) not in conflict_texts(compare_stories(LEFT, right))


def test_one_island_given_two_populations_is_still_a_conflict() -> None:
    right = (
        "Iran quake kills 10\n\n"
        "The 6.1-magnitude quake struck Qeshm island, home to 100,000 people, on Sunday, state "
        "media said. Ten people were killed."
    )
    assert ({"120,000"}, {"100,000"}) in conflict_texts(compare_stories(LEFT, right))
