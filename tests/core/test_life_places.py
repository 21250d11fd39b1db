"""A person is born in one place and dies in one place: "died yesterday in Los Angeles" /
"died yesterday at a Melbourne hospital" is a conflict on where, even in sentences that do not
align; a story of two deaths in two towns, or a place the other article also names, is not
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import place_conflicts

LEFT = (
    "Pin-up icon dies at 85\n\n"
    "The 1950s pin-up model who set the stage for a revolution in magazines has died. Fans "
    "left flowers outside her old studio. Her films are still sold on tape.\n\n"
    "The model, who had spent years out of the public eye, died yesterday in Los Angeles at the "
    "age of 85, a week after a heart attack."
)


def test_a_death_in_los_angeles_and_at_a_melbourne_hospital_is_a_conflict() -> None:
    right = (
        "Farewell to a pin-up queen\n\n"
        "She was 85. Her photographs were tacked on walls across the country for a decade. She "
        "never regained consciousness.\n\n"
        "Her agent said the model died yesterday at a Melbourne hospital after suffering a heart "
        "attack earlier this month."
    )
    assert ({"Los Angeles"}, {"Melbourne"}) in place_conflicts(compare(LEFT, right))


def test_a_death_in_a_city_the_other_article_also_names_leaves_room_for_both() -> None:
    right = (
        "Farewell to a pin-up queen\n\n"
        "She was 85. Her photographs were tacked on walls across the country for a decade. She "
        "never regained consciousness.\n\n"
        "Her agent said the model died yesterday at a Melbourne hospital after suffering a heart "
        "attack earlier this month. She had lived in Los Angeles since the 1990s."
    )
    assert place_conflicts(compare(LEFT, right)) == []


def test_two_deaths_in_two_towns_place_no_one_death() -> None:
    right = (
        "Farewell to a pin-up queen\n\n"
        "She was 85. Her photographs were tacked on walls across the country for a decade. She "
        "never regained consciousness.\n\n"
        "Her agent said the model died yesterday at a Melbourne hospital. Her sister died in "
        "Sydney last year."
    )
    assert place_conflicts(compare(LEFT, right)) == []
