"""Fates a reporter says without "killed", "wounded" or "arrested": a life claimed, a person found
with a wound, a suspect apprehended.

Every text is made up here (no corpus text); each starts with a headline line, as an article does.
"""

from __future__ import annotations

from tests.core.people_texts import story_cards as _cards
from tests.core.people_texts import values_of as _values


def _status(body: str, name: str) -> set[str]:
    return _values(_cards(body)[name].left, "status")


def test_the_shooting_that_claimed_a_life_killed_that_person() -> None:
    body = "The shooting on Sunday claimed the life of Dale Hurst, 24, a father of two."
    assert _status(body, "Dale Hurst") == {"killed"}


def test_friends_celebrating_a_life_say_nothing_of_a_death() -> None:
    body = "Friends celebrated the life of Dale Hurst at a vigil on Sunday."
    cards = _cards(body)
    assert all(not _values(c.left, "status") for c in cards.values())


def test_a_man_found_suffering_from_a_gunshot_wound_was_hurt() -> None:
    assert _status("Dale Hurst was found suffering from a gunshot wound.", "Dale Hurst") == {
        "injured"
    }


def test_a_man_officers_found_with_a_gunshot_wound_was_hurt() -> None:
    body = "Officers found Dale Hurst with a gunshot wound to the chest on Sunday."
    assert _status(body, "Dale Hurst") == {"injured"}


def test_a_man_charged_with_wounding_others_is_charged_not_hurt() -> None:
    body = "Police charged Dale Hurst with wounding two men outside a bar."
    assert _status(body, "Dale Hurst") == {"charged"}


def test_a_suspect_police_apprehended_is_arrested() -> None:
    body = "Police apprehended Dale Hurst hours after the shooting on Sunday."
    assert _status(body, "Dale Hurst") == {"arrested"}


def test_the_victims_identified_after_two_men_were_killed_were_killed() -> None:
    body = (
        "Two men were shot and killed Sunday outside a bar. The victims were identified as John "
        "Smith, 24, and Mark Lee, 30."
    )
    cards = _cards(body)
    for name in ("John Smith", "Mark Lee"):
        assert _values(cards[name].left, "status") == {"killed"}


def test_the_victim_of_a_homicide_was_killed() -> None:
    assert _status("Dale Hurst was the victim of a homicide, police said.", "Dale Hurst") == {
        "killed"
    }


def test_fatal_injuries_and_a_fatal_shooting_are_deaths() -> None:
    assert _status("Dale Hurst suffered fatal injuries on Sunday.", "Dale Hurst") == {"killed"}
    body = "Police are investigating the fatal shooting of Dale Hurst on Sunday."
    assert _status(body, "Dale Hurst") == {"killed"}


def test_a_man_a_stray_bullet_struck_was_hurt() -> None:
    body = "A stray bullet struck Dale Hurst in the leg on Sunday."
    assert _status(body, "Dale Hurst") == {"injured"}


def test_a_man_who_remains_in_the_hospital_was_hurt_but_not_one_who_stayed_with_his_son() -> None:
    assert _status("Dale Hurst remains in the hospital.", "Dale Hurst") == {"injured"}
    body = "Dale Hurst stayed in the hospital with his son on Sunday."
    assert _status(body, "Dale Hurst") == set()


def test_a_mortally_wounded_man_was_killed() -> None:
    assert _status("Dale Hurst was mortally wounded on Sunday.", "Dale Hurst") == {"killed"}
