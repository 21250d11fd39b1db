"""A rank written "No. 5" before its noun is the ordinal "fifth" before the same noun, wherever
the other article says so: "the No. 5 seed" / "the fifth seeds". Another ordinal, or the same
ordinal of another noun, does not tell it."""

from __future__ import annotations

from tests.factories import compare_stories
from tests.factories import marks_of as marks

_LEFT = (
    "Denver clinch playoff spot\n\n"
    "Ray Lowe scored late last night to give Denver a 20-17 win over Dallas and the No. 5 seed "
    "in the playoffs."
)


def _right(rank: str) -> str:
    return (
        "Denver into the playoffs\n\n"
        "Denver beat Dallas 20-17 on Thursday to reach the playoffs.\n\n"
        "Coach Ray Hollis was full of praise after they came back from 14-0 down to clinch a "
        f"place as the {rank} in the conference."
    )


def test_the_no_5_seed_is_the_fifth_seed_of_the_other_article() -> None:
    assert not marks(compare_stories(_LEFT, _right("fifth seeds")), "5")


def test_the_no_5_seed_is_one_sided_beside_the_sixth_seed() -> None:
    assert marks(compare_stories(_LEFT, _right("sixth seeds")), "5")


def test_the_no_5_seed_is_not_told_by_a_fifth_win() -> None:
    assert marks(compare_stories(_LEFT, _right("winners of a fifth game")), "5")
