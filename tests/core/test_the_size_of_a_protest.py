"""The people who march are the crowd, and an estimate puts its object at the figure: "About
20,000 people marched through Lisbon" and "Police estimated the crowd at 35,000" count one crowd."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Thousands protest pension plan in Lisbon\n\n"
    "About 20,000 people marched through Lisbon on Saturday to protest a government plan to raise "
    "the retirement age to 67.\n\n"
    "The march ended outside parliament. Police said the protest was peaceful.\n"
)


def _right(crowd: str) -> str:
    return (
        "Lisbon march against retirement age\n\n"
        "Protesters filled the streets of central Lisbon on Saturday, chanting against plans to "
        "raise the retirement age.\n\n"
        "Union leader Isabel Camarinha threatened a strike next month.\n\n"
        f"Police estimated the crowd at {crowd}. The march finished outside parliament.\n"
    )


def test_a_crowd_estimated_far_larger_than_the_marchers_is_a_conflict() -> None:
    assert ({"About 20,000"}, {"35,000"}) in conflict_texts(compare_stories(LEFT, _right("35,000")))


def test_a_crowd_estimated_at_the_marchers_count_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("20,000"))) == []
