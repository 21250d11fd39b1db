""" "Five people died at the scene and two others died later in hospital" adds two to the five:
"two others" is a part of the toll, never the toll set against the other article's seven. Where
no earlier figure counts the same thing ("Three people were killed and three others were
wounded"), the others are the whole of their own count and still clash (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(
        compare_stories(f"Crash\n\n{left} police said.\n", f"Bus crash\n\n{right} police said.\n")
    )


def test_two_others_who_died_later_are_no_toll_against_seven() -> None:
    left = "Five people died at the scene and two others died later in hospital,"
    assert not _conflicts(left, "Seven people died in the crash,")


def test_three_others_wounded_are_the_count_of_the_wounded() -> None:
    left = "Three people were killed and three others were wounded,"
    right = "Three people were killed and five were wounded,"
    assert ({"three"}, {"five"}) in _conflicts(left, right)
