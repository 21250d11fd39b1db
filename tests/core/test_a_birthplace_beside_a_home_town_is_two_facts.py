"""Where a person was born and where he grew up, lived or was raised are two facts of one life:
"Barrow was born in Detroit" / "Barrow grew up in Chicago" in copies of one sentence is no place
told two ways (invented obituary). Two birthplaces stay a conflict."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, place_conflicts

LEFT = (
    "Former heavyweight champion Joe Barrow died on Tuesday in Las Vegas. He was 72. Barrow was "
    "born in Detroit and turned professional in 1972."
)


def _right(step: str) -> str:
    return (
        "Joe Barrow, the former heavyweight champion, died Tuesday at 72 in Las Vegas. Barrow "
        f"{step} Chicago and turned pro in 1972. He won 52 fights."
    )


@pytest.mark.parametrize("step", ["grew up in", "was raised in", "lived in"])
def test_a_birthplace_and_the_town_he_grew_up_in_are_no_conflict(step: str) -> None:
    assert place_conflicts(compare_texts(LEFT, _right(step))) == []


def test_two_birthplaces_are_still_a_conflict() -> None:
    assert place_conflicts(compare_texts(LEFT, _right("was born in"))) == [
        ({"Detroit"}, {"Chicago"})
    ]
