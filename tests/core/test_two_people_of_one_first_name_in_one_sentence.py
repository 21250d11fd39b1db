"""A sentence that names Andre Mills and Andre Iverson names two players: Mills is not the other
article's Andre Iverson under another surname, because that very sentence names Iverson too. When
the matching sentence names Andre Mills alone, one first name with two surnames in two matching
sentences is still one person named two ways (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "The coach lost his job because players who blossomed under him last season, including "
    "center Sam Dalton and forward Andre Iverson, struggled to get going this season."
)
_RIGHT_BOTH = (
    "Andre Mills is averaging 15.5 points per game and Andre Iverson 14.9 points, a drop of five "
    "points per game from last season, while Sam Dalton is down almost five points per game."
)
_RIGHT_ONE = (
    "The coach lost his job because players who blossomed under him last season, including "
    "center Sam Dalton and forward Andre Mills, struggled to get going this season."
)


def _renamings(right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_texts(_LEFT, right, "2024-02-06")
    return [(a, b) for a, b in conflict_texts(report) if "Andre Iverson" in a]


def test_a_sentence_naming_both_andres_renames_neither() -> None:
    assert _renamings(_RIGHT_BOTH) == []


def test_one_andre_under_another_surname_is_still_a_renaming() -> None:
    assert any("Andre Mills" in b for _, b in _renamings(_RIGHT_ONE))
