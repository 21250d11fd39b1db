"""A "he" is the person the text was just telling of: "Ortiz missed six games. He looked sharp
last week, when he had 64 yards rushing on just eight carries" gives Ortiz's carries, and "Keller
was the team's leading rusher last season. He had 812 yards on 151 carries" Keller's. Two
players' figures do not clash, nor do those of a verb joined to his ("and caught 35 passes");
one player's game told twice still does."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_ORTIZ = (
    "Rams lose two running backs\n\n"
    "The Rams placed running back Tom Keller on injured reserve on Wednesday. "
    "Dan Ortiz will start on Sunday. Ortiz missed six games with a broken wrist. "
    "He looked sharp last week against Dallas, when he had 64 yards rushing on just eight carries "
    "and had 40 yards receiving on four catches."
)
_RIGHT = (
    "Keller out for season\n\n"
    "The Rams put running back Tom Keller on injured reserve Wednesday, and Dan Ortiz will start. "
    "{}"
)
_KELLER = (
    "Keller was the team's leading rusher last season. "
    "He had 812 yards and five touchdowns on 151 carries and caught 35 passes for 290 yards."
)
_ORTIZ_AGAIN = "Ortiz looked sharp against Dallas last week. He had 71 yards rushing on 12 carries."


def test_two_players_carries_do_not_clash() -> None:
    assert conflict_texts(compare_texts(_ORTIZ, _RIGHT.format(_KELLER))) == []


def test_one_players_game_told_twice_still_clashes() -> None:
    found = conflict_texts(compare_texts(_ORTIZ, _RIGHT.format(_ORTIZ_AGAIN)))
    assert ({"just eight"}, {"12"}) in found, found
