"""An ordinal after "in" and a possessive sets the time of the sentence's deed: "In his first
season as coach, Brant led the team to a 38-44 record" tells what he did then, and does not
rank the season "Brant was starting his fourth season as coach" ranks. The two do not clash;
two sentences ranking the season he was starting, or both dating a deed, still do."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Hawks fire coach Dale Brant\n\n"
    "The Hawks fired coach Dale Brant on Sunday. Brant, a former Hawks guard, {}."
)
_RIGHT = "Brant out as Hawks coach\n\nDale Brant was fired Sunday as coach of the Hawks. {}."
_STARTING_FOURTH = "was starting his fourth season as coach"
_IN_FIRST = "In his first season as coach, Brant led the team to a 38-44 record"


def test_the_season_he_led_in_does_not_rank_the_season_he_was_starting() -> None:
    found = conflict_texts(compare_texts(_LEFT.format(_STARTING_FOURTH), _RIGHT.format(_IN_FIRST)))
    assert found == []


@pytest.mark.parametrize(
    ("left", "right", "ranks"),
    [
        (_STARTING_FOURTH, "Brant was starting his first season as coach", "first season"),
        (
            "in his fourth season as coach, led the team to a 38-44 record",
            _IN_FIRST,
            "first season",
        ),
    ],
)
def test_two_ranks_of_one_role_still_clash(left: str, right: str, ranks: str) -> None:
    found = conflict_texts(compare_texts(_LEFT.format(left), _RIGHT.format(right)))
    assert any(ranks in " ".join(r) for _, r in found), found
