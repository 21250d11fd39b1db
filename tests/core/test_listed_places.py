"""A list of places told with one place changed: "the pirates are from Somalia and Yemen" /
"the pirates were from Lisbon and Yemen" is a conflict on the one place, even when the other
article names the changed country elsewhere by its adjective; the same list, a finer place in
it, or a place the other article also writes, is not (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, place_conflicts

LEFT = (
    "Indian sailors captured 23 pirates in the Gulf of Aden on Saturday. The pirates are from "
    "Somalia and Yemen, two countries surrounding the Gulf of Aden, an officer said. Somalia has "
    "not had a functioning government for years."
)


def right(origin: str, extra: str = "") -> str:
    return (
        "An Indian warship captured 23 pirates in the Gulf of Aden on Saturday. The Indians say "
        f"the pirates were from {origin}, two countries on the coast of the Gulf. Somalian "
        f"waters are among the most dangerous in the world.{extra}"
    )


def test_pirates_from_lisbon_and_yemen_against_somalia_and_yemen_is_a_conflict() -> None:
    assert ({"Somalia"}, {"Lisbon"}) in place_conflicts(
        compare_stories(LEFT, right("Lisbon and Yemen"))
    )


def test_the_same_list_told_again_is_no_conflict() -> None:
    assert place_conflicts(compare_stories(LEFT, right("Somalia and Yemen"))) == []


def test_a_city_of_the_listed_country_is_the_same_answer_told_finer() -> None:
    assert place_conflicts(compare_stories(LEFT, right("Mogadishu and Yemen"))) == []


def test_a_place_the_other_article_also_writes_leaves_room_for_both() -> None:
    told = right("Lisbon and Yemen", " Some of the ransom went to Lisbon, an officer said.")
    left = LEFT + " Their bosses live in Lisbon."
    assert place_conflicts(compare_stories(left, told)) == []
