"""A US state and a country are regions of two ranks: "in Texas" against "in Mexico" is no
like-for-like account of where it happened, while "in Texas" against "in Oklahoma" is. One rule
says which rank a region is, for the three findings that weigh regions against each other
(regions, town_states, story_regions)."""

from __future__ import annotations

from desktop.core.locations.places import region_rank


def test_a_us_state_and_a_country_are_of_two_ranks() -> None:
    assert region_rank("texas") == "state"
    assert region_rank("oklahoma") == "state"
    assert region_rank("mexico") == "country"
