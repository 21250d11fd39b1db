"""What an article denies is no fate: "was not injured", "has not been charged", "suffered no
injuries". "Did not survive" is still a death, "is not expected to survive" still a wound.

Every text is made up here (no corpus text); each starts with a headline line, as an article does.
"""

from __future__ import annotations

import pytest

from tests.core.people_texts import story_cards as _cards
from tests.core.people_texts import values_of as _values


def _status(body: str, name: str = "John Smith") -> set[str]:
    return _values(_cards(body)[name].left, "status")


@pytest.mark.parametrize(
    "body",
    [
        "John Smith was not injured in the shooting on Sunday.",
        "John Smith suffered no injuries in the shooting on Sunday.",
        "John Smith has not been charged in the shooting on Sunday.",
        "Police did not arrest John Smith after the shooting on Sunday.",
        "Police said John Smith was not shot on Sunday.",
    ],
)
def test_a_fate_the_article_denies_is_not_on_the_card(body: str) -> None:
    assert _status(body) == set()


def test_a_man_who_did_not_survive_was_killed() -> None:
    assert _status("John Smith was rushed to a hospital but did not survive.") == {"killed"}


def test_a_man_not_expected_to_survive_is_hurt() -> None:
    assert _status("John Smith was shot Sunday and is not expected to survive.") == {"injured"}


def test_a_man_with_non_life_threatening_injuries_is_hurt() -> None:
    assert _status("John Smith has non-life-threatening injuries, police said.") == {"injured"}
