"""A store fire told "in Surrey" on one side and "in Banstead" on the other, where the Surrey
article itself says the store is in Banstead, is one place at two precisions, not a conflict;
two articles that each name only their own town still clash."""

from __future__ import annotations

from desktop.core.model import MentionType, Report
from tests.factories import compare_stories, conflicts


def _place_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in conflicts(report)
        if f.type is MentionType.PLACE
    ]


RIGHT = (
    "Fire guts supermarket\n\n"
    "A huge fire has almost totally destroyed a Waitrose store in Banstead. "
    "Twelve fire engines were sent to the store."
)


def test_a_county_and_the_town_its_own_article_names_are_one_place() -> None:
    left = (
        "Supermarket destroyed by fire\n\n"
        "A Waitrose supermarket in Surrey has been destroyed in a fire on Friday night. "
        "Twelve fire engines were sent to the store. "
        "Residents in Banstead were told to keep their windows shut."
    )
    assert _place_conflicts(compare_stories(left, RIGHT)) == []


def test_two_towns_neither_article_names_for_the_other_still_clash() -> None:
    left = (
        "Supermarket destroyed by fire\n\n"
        "A Waitrose supermarket in Leeds has been destroyed in a fire on Friday night. "
        "Twelve fire engines were sent to the store. "
        "Residents were told to keep their windows shut."
    )
    assert _place_conflicts(compare_stories(left, RIGHT)) == [({"Leeds"}, {"Banstead"})]


BAKERY = (
    "Fire guts bakery\n\n"
    "A huge fire has almost totally destroyed a bakery in Banstead. "
    "Twelve fire engines were sent to the shop."
)


def test_a_town_stacked_on_its_county_in_one_phrase_is_one_place_with_the_town() -> None:
    left = (
        "Bakery destroyed by fire\n\n"
        "Police say a fire has destroyed a bakery in Banstead in Surrey. "
        "Twelve fire engines were sent to the shop."
    )
    assert _place_conflicts(compare_stories(left, BAKERY)) == []


def test_a_town_stacked_on_another_county_than_the_other_town_still_clashes() -> None:
    left = (
        "Bakery destroyed by fire\n\n"
        "Police say a fire has destroyed a bakery in Leeds in Yorkshire. "
        "Twelve fire engines were sent to the shop."
    )
    assert _place_conflicts(compare_stories(left, BAKERY)) == [({"Leeds"}, {"Banstead"})]


def test_a_town_after_a_street_and_a_comma_is_where_the_county_article_puts_the_scene() -> None:
    left = (
        "Bakery destroyed by fire\n\n"
        "Firefighters are still at the scene of a blaze that gutted a bakery in Surrey. "
        "More than 40 firefighters tackled the fire at the shop in Mill Lane, Banstead, "
        "which broke out on the roof."
    )
    assert _place_conflicts(compare_stories(left, BAKERY)) == []


def test_a_town_in_a_list_of_places_the_crews_came_from_ties_nothing() -> None:
    left = (
        "Bakery destroyed by fire\n\n"
        "Firefighters are still at the scene of a blaze that gutted a bakery in Surrey. "
        "Crews came from stations in Leeds, Banstead and Epsom."
    )
    assert _place_conflicts(compare_stories(left, BAKERY)) == [({"Surrey"}, {"Banstead"})]
