"""Which place's building, which city's hospital: two articles that put two far-apart cities
before the same noun, in sentences telling the same thing, conflict; a suburb inside the area
"suburban Detroit" names, or a place the other article also names, do not (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

# Openings that name several places, so that no lead places the event by itself.
_LEFT = (
    "Office shooting\n\nPolice in Michigan and Ohio searched for a gunman on Monday. Officers "
    "from Toledo and Ann Arbor joined the hunt. Roads were closed for hours. A fired accountant "
    "shot three people at a suburban Detroit office building on Monday morning, police said."
)


def _right(place: str) -> str:
    return (
        "Gunman kills one\n\nPolice in two states hunted a gunman on Monday. Officers from "
        "several towns joined the search. Roads were closed. An accounting firm employee who was "
        f"fired last week shot three people on Monday at the suburban {place} building "
        "where he worked, police said."
    )


def test_a_detroit_office_building_is_not_a_denver_building() -> None:
    assert ({"Detroit"}, {"Denver"}) in conflict_pairs(compare(_LEFT, _right("Denver")))


def test_a_town_in_the_area_around_the_city_is_the_same_scene() -> None:
    assert conflict_pairs(compare(_LEFT, _right("Troy"))) == []


def test_a_place_the_other_article_also_names_is_no_conflict() -> None:
    right = _right("Denver") + " The man had moved from Detroit a year ago."
    assert ({"Detroit"}, {"Denver"}) not in conflict_pairs(compare(_LEFT, right))


def test_a_town_in_the_area_written_in_the_same_words_is_the_same_scene() -> None:
    right = _right("Troy").replace("Troy building", "Troy office building")
    assert conflict_pairs(compare(_LEFT, right)) == []
