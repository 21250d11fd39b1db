"""What an article tells of its victims as a group holds for a person it counts among them: a
reader who learns "all of the victims were found dead" takes "Ann Lee was one of the victims" as a
death, and takes nothing when the article's victims fared differently.

Every text is made up here (no corpus text); each starts with a headline line, as an article does.
"""

from __future__ import annotations

from tests.core.people_texts import story_cards as _cards
from tests.core.people_texts import values_of as _values


def test_one_of_the_victims_found_dead_was_killed() -> None:
    body = (
        "All of the victims found dead in a burned truck on Sunday have been named. "
        "Ann Lee was one of the victims, her brother said."
    )
    assert _values(_cards(body)["Ann Lee"].left, "status") == {"killed"}


def test_the_first_of_the_victims_named_takes_the_groups_death() -> None:
    body = (
        "The victims were found dead inside a house on Elm Street on Sunday. "
        "Bo Ray was the first of the three victims identified by the coroner's office."
    )
    assert _values(_cards(body)["Bo Ray"].left, "status") == {"killed"}


def test_a_victim_of_a_group_that_was_only_shot_gets_no_death() -> None:
    body = (
        "The victims were shot outside a bar on Elm Street on Sunday. "
        "Ann Lee was one of the victims, her brother said."
    )
    assert _values(_cards(body)["Ann Lee"].left, "status") == set()


def test_victims_told_both_dead_and_hurt_give_a_member_neither() -> None:
    body = (
        "Two victims were found dead on Elm Street on Sunday. "
        "Three other victims were hospitalized with gunshot wounds. "
        "Ann Lee was one of the victims, her brother said."
    )
    assert _values(_cards(body)["Ann Lee"].left, "status") == set()
