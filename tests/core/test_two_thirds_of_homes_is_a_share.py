"""A fraction told in words is a share of a whole, not a count: "between half and two-thirds of
homes" is 50 to 67 percent of them, never two homes. A share the other article never gives is
only in one article, "60 percent of homes" tells it, and "90 percent of homes" contradicts it
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

SHARE = "Between half and two-thirds"
LEFT = (
    "Quake hits island.\n"
    "A strong earthquake struck an island in southern Iran on Sunday, killing 10 people. "
    f"{SHARE} of homes in five villages had been damaged, officials said."
)


def _right(damage: str) -> str:
    return (
        "Iran quake kills 10.\n"
        "An earthquake killed 10 people on an Iranian island on Sunday. "
        f"Officials said {damage} in five villages."
    )


def test_a_share_of_homes_the_other_never_gives_is_only_in_one_article() -> None:
    right = _right("two villagers were missing after the quake damaged homes")
    assert SHARE in yellow(compare_stories(LEFT, right))


def test_sixty_percent_of_homes_tells_between_half_and_two_thirds() -> None:
    report = compare_stories(LEFT, _right("the quake damaged 60 percent of homes"))
    assert SHARE not in yellow(report)
    assert not conflict_texts(report)


def test_ninety_percent_of_homes_contradicts_between_half_and_two_thirds() -> None:
    report = compare_stories(LEFT, _right("the quake damaged 90 percent of homes"))
    assert conflict_texts(report) == [({SHARE}, {"90 percent"})]
