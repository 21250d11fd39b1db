"""A year counted back in decades ("a decade ago" on a page of May 2024) is told by the other
article's year within a year of it ("in 2014"): neither side is left yellow. A year further off
("in 2004") conflicts with it."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow


def _split(when: str) -> str:
    return (
        "Band to reunite for one tour\n\n"
        f"The band split up {when} after a string of hits, the singer told reporters on Monday."
    )


def test_a_band_that_split_a_decade_ago_is_told_by_one_that_split_in_2014() -> None:
    marked = yellow(compare_stories(_split("a decade ago"), _split("in 2014")))
    assert not [m for m in marked if "decade" in m or "2014" in m], marked


def test_a_band_that_split_a_decade_ago_conflicts_with_one_that_split_in_2004() -> None:
    report = compare_stories(_split("a decade ago"), _split("in 2004"))
    assert ({"a decade ago"}, {"2004"}) in conflict_texts(report)
