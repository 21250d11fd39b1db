"""A player's tallies joined by "and" are each a whole count: "Kowalczyk also had eight rebounds
and six assists" / "Kowalczyk, who also had nine rebounds" (invented stories) give her rebounds
twice, and eight and nine clash. Rebounds and assists are no two parts of one group, as "seven
men and six women" are. Another player's rebounds stay silent."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

OPENING = "The Gulls beat Harbor Point 78-70 on Saturday to win their 10th straight game. "
LEFT = OPENING + "Kowalczyk also had eight rebounds and six assists."


def test_one_players_rebounds_told_twice_clash() -> None:
    right = OPENING + "Kowalczyk, who also had nine rebounds, scored 22 points."
    assert conflict_texts(compare_texts(LEFT, right)) == [({"eight"}, {"nine"})]


def test_another_players_rebounds_are_no_conflict() -> None:
    right = OPENING + "Ortiz, who also had nine rebounds, scored 22 points."
    assert conflict_texts(compare_texts(LEFT, right)) == []
