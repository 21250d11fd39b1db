""" "born in Nashville, Tennessee" / "born in Colorado": a town set against a state meets it at
the state's rank, so the conflict quotes the state the left names the town in (hand-written
texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import place_conflicts


def test_a_town_and_its_state_against_another_state_quotes_the_state() -> None:
    left = (
        "Pin-up icon dies at 85\n\n"
        "The 1950s pin-up model who set the stage for a revolution in magazines has died. Fans "
        "left flowers outside her old studio. Her films are still sold on tape.\n\n"
        "Born on April 22, 1923, in Nashville, Tennessee, the model said she grew up in a family "
        "so poor that an orange was a treat."
    )
    right = (
        "Farewell to a pin-up queen\n\n"
        "She was 85. Her photographs were tacked on walls across the country for a decade. She "
        "never regained consciousness.\n\n"
        "The model was born to a poor family in Colorado on April 22, 1923."
    )
    conflicts = place_conflicts(compare(left, right))
    assert ({"Nashville", "Tennessee"}, {"Colorado"}) in conflicts
