"""A compass word that is part of a country's or state's name ("South Sudan", "North Carolina")
names that place; it is no direction inside another ("southern Iran" is Iran)."""

from __future__ import annotations

from desktop.core.naming.names import place_key
from tests.factories import compare_stories, yellow


def test_south_sudanese_officials_are_told_by_an_article_that_names_south_sudan() -> None:
    left = (
        "Sudanese warplanes bombed a refugee camp on Thursday, officials said.\n"
        "South Sudan became its own country in July after a peace deal."
    )
    right = (
        "Sudanese warplanes bombed a refugee camp on Thursday, officials said.\n"
        "South Sudanese officials condemned the bombing of the camp."
    )
    assert "South Sudanese" not in yellow(compare_stories(left, right))


def test_south_sudanese_officials_are_news_to_an_article_that_names_only_sudan() -> None:
    left = (
        "Sudanese warplanes bombed a refugee camp on Thursday, officials said.\n"
        "Sudan denied that its aircraft had crossed the border."
    )
    right = (
        "Sudanese warplanes bombed a refugee camp on Thursday, officials said.\n"
        "South Sudanese officials condemned the bombing of the camp."
    )
    assert "South Sudanese" in yellow(compare_stories(left, right))


def test_two_countries_that_share_a_word_are_two_places() -> None:
    assert place_key("South Sudan") != place_key("Sudan")
    assert place_key("North Korea") != place_key("South Korea")
    assert place_key("South Carolina") == place_key("S.C.")
    assert place_key("South African") == place_key("South Africa")


def test_a_direction_inside_a_country_still_names_the_country() -> None:
    assert place_key("southern Iran") == place_key("Iran")
    assert place_key("northern Sudan") == place_key("Sudan")
