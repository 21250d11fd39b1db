"""A reporter compares two stories of a pirate attack at sea. One places it "off Yemen"; the other
opens its body with the bureau it was filed from, "Nairobi: A navy warship foiled ...", or places
the attack "in the gulf between the Horn of Africa and Yemen". A dateline says where the report
was written, and a place that bounds another says where that other lies: neither puts the story
in Kenya or in Yemen, so no red mark says the two articles tell the story in two countries. When
the other article does put the attack near a Kenyan town ("near Mombasa"), the two scenes still
clash (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, place_conflicts

_OFF_YEMEN = (
    "Warship foils pirate attack\n"
    "A navy warship on Thursday foiled a pirate attack on a cargo ship off Yemen.\n"
    "The pirates fled in two small boats."
)
_NEAR_MOMBASA = (
    "Navy fights off pirates\n"
    "A navy warship foiled a pirate attack on a cargo ship near Mombasa on Thursday.\n"
    "The pirates fled in two small boats."
)


def test_a_dateline_abroad_is_not_where_the_story_happens() -> None:
    filed = (
        "Navy fights off pirates\n"
        "Nairobi: A navy warship foiled a pirate attack on a cargo ship in the gulf on "
        "Thursday.\n"
        "The pirates fled in two small boats."
    )
    assert place_conflicts(compare_stories(_OFF_YEMEN, filed)) == []


def test_a_country_bounding_the_gulf_is_not_where_the_story_happens() -> None:
    bounded = _OFF_YEMEN.replace("off Yemen", "in the gulf between the Horn of Africa and Yemen")
    assert place_conflicts(compare_stories(bounded, _NEAR_MOMBASA)) == []


def test_a_scene_near_a_town_of_another_country_still_clashes() -> None:
    assert ({"Yemen"}, {"Mombasa"}) in place_conflicts(compare_stories(_OFF_YEMEN, _NEAR_MOMBASA))
