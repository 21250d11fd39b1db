"""A birthplace told with no verb of birth, "a native of Chicago", "the Memphis native", "the
Detroit-born fighter", is where the person was born: set against the other article's "was born
in ..." it agrees or conflicts as two birthplaces do (invented obituaries)."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, place_conflicts

LEFT = (
    "Former heavyweight champion Joe Barrow died on Tuesday in Las Vegas. He was 72. Barrow was "
    "born in Detroit and turned professional in 1972."
)


def _right(birth: str) -> str:
    return (
        "Joe Barrow, the former heavyweight champion, died Tuesday at 72 in Las Vegas. "
        f"{birth} turned pro in 1972. He won 52 fights."
    )


@pytest.mark.parametrize(
    "birth", ["The Chicago-born fighter", "The Chicago native", "A native of Chicago, he"]
)
def test_a_native_of_another_town_is_another_birthplace(birth: str) -> None:
    assert place_conflicts(compare_texts(LEFT, _right(birth))) == [({"Detroit"}, {"Chicago"})]


@pytest.mark.parametrize("birth", ["The Detroit-born fighter", "The Detroit native"])
def test_a_native_of_the_same_town_agrees(birth: str) -> None:
    assert place_conflicts(compare_texts(LEFT, _right(birth))) == []


def test_a_town_the_fighter_only_lived_in_is_no_birthplace() -> None:
    assert place_conflicts(compare_texts(LEFT, _right("Barrow lived in Chicago and"))) == []


def test_a_birthplace_told_with_its_state_meets_the_other_town() -> None:
    left = (
        "Boxer Terence Crawford improved to 40-0 with a knockout win on Saturday. Crawford, 36, "
        "is a three-division champion. He was born in Omaha, Nebraska."
    )
    right = (
        "Terence Crawford stayed unbeaten at 40-0 Saturday night. The {} native has won titles "
        "in three weight classes. Crawford is 36."
    )
    assert place_conflicts(compare_texts(left, right.format("Lincoln"))) == [
        ({"Omaha"}, {"Lincoln"})
    ]
    assert place_conflicts(compare_texts(left, right.format("Omaha"))) == []
