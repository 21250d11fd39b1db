"""Leaving the hospital is one step however it is worded: "was discharged from the hospital
Wednesday" and "was released from the hospital Saturday" give two days of it, while the day of
the discharge is never set against the day of the stabbing (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, day_conflicts

OPENING = "Maria Lopez was stabbed outside a bakery on Oak Avenue on Sunday. "
CLOSING = " Detectives are still looking for the attacker. The bakery stayed closed on Monday."


def test_discharged_one_day_and_released_another_is_a_day_conflict() -> None:
    report = compare_stories(
        OPENING + "She was discharged from the hospital Wednesday." + CLOSING,
        OPENING + "She was released from the hospital Saturday." + CLOSING,
    )

    assert ({"Wednesday"}, {"Saturday"}) in day_conflicts(report)


def test_discharged_and_released_on_the_same_day_is_no_conflict() -> None:
    report = compare_stories(
        OPENING + "She was discharged from the hospital Wednesday." + CLOSING,
        OPENING + "She was released from the hospital Wednesday." + CLOSING,
    )

    assert not day_conflicts(report)


def test_the_day_of_the_discharge_is_not_the_day_of_the_stabbing() -> None:
    report = compare_stories(
        OPENING + "She was discharged from the hospital Wednesday." + CLOSING,
        "Maria Lopez was stabbed outside a bakery on Oak Avenue on Saturday. She was treated at "
        "a hospital." + CLOSING,
    )

    assert not any("Wednesday" in a for a, _ in day_conflicts(report))
