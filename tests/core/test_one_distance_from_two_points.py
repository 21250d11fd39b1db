"""The same distance in the same direction, measured from two different places: the articles
tell the point differently ("1,500 kilometers south of Tehran" / "about 940 miles south of
Lisbon"). Another length, or an article naming both points, says nothing against it."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Quake shakes island\n\nA strong earthquake shook the island of Qeshm on Sunday, officials "
    "said.\n\nQeshm, a large island off the coast, lies 1,500 kilometers south of Tehran and "
    "has a population of more than 100,000.\n"
)


def _right(where: str) -> str:
    return (
        "Island shaken by quake\n\nA strong earthquake shook the island of Qeshm on Sunday, "
        f"officials said.\n\nThe island, which has about 200,000 residents, is {where}.\n"
    )


def test_the_same_distance_south_of_another_city_is_a_conflict_on_the_city() -> None:
    report = compare_stories(_LEFT, _right("about 940 miles south of Lisbon, the capital"))
    assert ({"Tehran"}, {"Lisbon"}) in conflict_texts(report)


def test_the_same_distance_from_the_same_city_is_no_conflict() -> None:
    report = compare_stories(_LEFT, _right("about 940 miles south of Tehran, the capital"))
    assert not any("Lisbon" in r or "Tehran" in r for _, r in conflict_texts(report))


def test_another_length_from_another_city_is_another_measure() -> None:
    report = compare_stories(_LEFT, _right("about 40 miles south of Lisbon"))
    assert not any("Lisbon" in r for _, r in conflict_texts(report))
