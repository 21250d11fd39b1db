"""A place named as what a noun of place is of ("a bus in the Syrian city of Homs") stands where
"in" puts it, as "a bus in Hama" does: two towns in that role conflict, the same town agrees,
and a town after "the governor of" plays another role (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, place_conflicts

LEFT = (
    "A bomb exploded on a bus in the Syrian city of Homs on Wednesday, killing eight passengers "
    "and wounding 16, state media said. The bus was carrying workers to an oil refinery. No "
    "group claimed responsibility."
)


def _right(town: str) -> str:
    return (
        f"Eight people died and 16 were injured on Wednesday when a bomb went off on a bus in "
        f"{town}, in central Syria, the official news agency reported. The passengers were "
        "workers heading to a refinery. There was no claim of responsibility."
    )


def test_a_town_after_the_city_of_conflicts_with_another_town_in_its_place() -> None:
    assert place_conflicts(compare_stories(LEFT, _right("Hama"))) == [({"Homs"}, {"Hama"})]


def test_the_same_town_after_the_city_of_agrees() -> None:
    assert not place_conflicts(compare_stories(LEFT, _right("Homs")))


def test_a_town_whose_governor_speaks_plays_another_role() -> None:
    left = LEFT.replace("state media said", "the governor of Homs said").replace(
        "in the Syrian city of Homs", "in central Syria"
    )
    assert not place_conflicts(compare_stories(left, _right("Hama")))
