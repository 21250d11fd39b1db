"""A neighbourhood whose city the article names is a part of that city only: "the East Flatbush
neighborhood in Brooklyn" is no finer telling of Dallas, so a copied sentence with the one place
changed is a conflict; a neighbourhood whose city goes unnamed still meets any city (hand-written
texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import place_conflicts

STORY = (
    "Vigil turns violent\n\n"
    "More than 100 people joined a candlelit vigil in the East Flatbush neighborhood{city}, where "
    "a teenager was shot by police on Saturday. The crowd marched for an hour. Shop windows were "
    "smashed.\n\n"
    "Police said the crowd filled the street outside the precinct station in {where}, where "
    "teenagers threw bottles at the windows. Two people were arrested."
)


def test_a_neighbourhood_told_in_brooklyn_changed_to_dallas_is_a_conflict() -> None:
    left = STORY.format(city=" in Brooklyn", where="East Flatbush")
    right = STORY.format(city=" in Brooklyn", where="Dallas")
    assert ({"East Flatbush"}, {"Dallas"}) in place_conflicts(compare(left, right))


def test_a_neighbourhood_told_in_its_city_meets_that_city() -> None:
    left = STORY.format(city=" in Brooklyn", where="East Flatbush")
    right = STORY.format(city=" in Brooklyn", where="Brooklyn")
    assert place_conflicts(compare(left, right)) == []
