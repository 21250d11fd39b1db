"""One scene told by two blocks of one street in a sentence told alike: "in the 2300 block of Elm
Street" / "in the 2700 block of Elm Street" is a conflict; a block told as someone's home ("a
resident of the 2700 block") and blocks of two different streets are not set against each other
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_REST = (
    "\n\nThe victim, a 31-year-old man, was taken to Mercy Hospital in stable condition. Police "
    "have not released a description of the shooter."
)


_RETOLD = (
    "\n\nMercy Hospital said the wounded man, 31, was stable. No description of the gunman was "
    "given."
)


def _story(where: str, rest: str = _REST) -> str:
    if rest == _REST:
        return (
            f"Man shot on Elm Street.\n\nA man was shot {where} late Saturday, police said." + rest
        )
    return (
        f"Elm Street shooting.\n\nA man was shot {where} on Saturday night, officers said." + rest
    )


def test_two_blocks_of_one_street_for_one_scene_are_a_conflict_both_ways() -> None:
    left, right = (
        _story("in the 2300 block of Elm Street"),
        _story("in the 2700 block of Elm Street"),
    )
    assert ({"2300"}, {"2700"}) in conflict_texts(compare_stories(left, right))
    assert ({"2700"}, {"2300"}) in conflict_texts(compare_stories(right, left))


def test_a_block_told_as_a_home_is_not_the_scene() -> None:
    left = _story("outside his home in the 2300 block of Elm Street")
    right = (
        "Man shot on Elm Street.\n\nA man who lives in the 2300 block was shot by a neighbour of "
        "the 2700 block of Elm Street late Saturday, police said." + _REST
    )
    found = conflict_texts(compare_stories(left, right))
    assert not any("2700" in b for _, b in found), found


def test_a_resident_of_another_block_is_no_conflict() -> None:
    left = _story("by a resident of the 2300 block of Elm Street")
    right = _story("by a resident of the 2700 block of Elm Street", _RETOLD)
    assert not any("2700" in b for _, b in conflict_texts(compare_stories(left, right)))


def test_blocks_of_two_streets_are_not_one_block() -> None:
    left, right = (
        _story("in the 2300 block of Elm Street"),
        _story("in the 2700 block of Oak Street"),
    )
    assert not any("2700" in b for _, b in conflict_texts(compare_stories(left, right)))
