"""The city each article keeps coming back to is where it tells the story: an article that puts
its protests "in Athens" again and again and one that puts them "in Lisbon" tell two scenes, even
when no two of their sentences match. An article that also names the other's city, a town beside
it, or a city named once in passing says nothing against it."""

from __future__ import annotations

from desktop.core.model import Report
from tests.factories import compare_stories, conflict_texts, conflicts

_LEFT = (
    "Teenager's death sparks unrest\n\nA 15-year-old boy was shot dead by a police officer on "
    "Saturday night.\n\nRiot police fired tear gas at demonstrators outside the parliament "
    "building in Athens.\n\nThe Athens metro was closed for the day as shops counted the damage.\n"
)


def _right(first: str, second: str) -> str:
    return (
        "Unrest follows boy's killing\n\nTwo officers have been charged over the shooting of the "
        f"boy, prosecutors said.\n\nMore demonstrations are planned for Monday, including one "
        f"outside the police headquarters in {first}.\n\nEight days of clashes have caused "
        f"millions of euros of damage in {second} alone.\n"
    )


def _on_cities(report: Report) -> list[tuple[set[str], set[str]]]:
    return [(a, b) for a, b in conflict_texts(report) if "Athens" in a]


def test_two_articles_keeping_to_two_cities_tell_the_story_in_two_places() -> None:
    report = compare_stories(_LEFT, _right("Lisbon", "Lisbon"))
    assert ({"Athens"}, {"Lisbon"}) in _on_cities(report)


def test_the_same_city_is_one_scene() -> None:
    assert not _on_cities(compare_stories(_LEFT, _right("Athens", "Athens")))


def test_a_city_named_once_is_no_scene_of_the_story() -> None:
    assert not _on_cities(compare_stories(_LEFT, _right("Lisbon", "the capital")))


def test_an_article_naming_the_other_city_too_leaves_room_for_both() -> None:
    assert not _on_cities(compare_stories(_LEFT, _right("Lisbon", "Lisbon as in Athens")))


def test_an_article_naming_both_countries_tells_the_event_and_where_it_was_felt() -> None:
    left = (
        "Quake hits island\n\nA strong earthquake struck the island of Qeshm on Sunday, killing "
        "ten people.\n\nThe island has about 120,000 residents.\n\nMost homes on the island "
        "are old.\n\nRescue teams in Qeshm searched the rubble of collapsed homes.\n\nA school "
        "in Qeshm was turned into a shelter.\n"
    )
    right = (
        "Iranian earthquake tremor hits Dubai\n\nTremors from the quake shook towers on "
        "Sunday.\n\nThousands of people left their offices.\n\nBuildings were evacuated.\n\n"
        "Office workers in Dubai poured into the streets.\n\nUAE officials said no one in Dubai "
        "was hurt.\n"
    )
    report = compare_stories(left, right)
    assert not any("different cities" in f.reason for f in conflicts(report))
