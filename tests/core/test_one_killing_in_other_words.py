"""One killing told with two nouns: "the 1967 slayings" / "the 1966 murders" label one taking of
lives, however each article words it, so two years for it contradict each other; the same year
in other words agrees, and a year that labels another kind of happening ("the 1966 robbery")
says nothing about the killing (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Suspect near death\n\n"
    "A former co-worker has been charged in the 1967 slayings of two women at an ice cream "
    "shop, but authorities said the suspect is near death.\n\nShe lives in a hospice.\n"
)


def right(label: str) -> str:
    return (
        "Police to speak on old case\n\n"
        "The police department will hold a press conference this afternoon to address its "
        f"investigation into the {label} at the shop.\n\nThe suspect lives in a hospice.\n"
    )


def test_the_1966_murders_against_the_1967_slayings_is_a_conflict() -> None:
    assert ({"1967"}, {"1966"}) in conflict_texts(compare_stories(LEFT, right("1966 murders")))


def test_the_same_year_for_the_murders_agrees() -> None:
    assert conflict_texts(compare_stories(LEFT, right("1967 murders"))) == []


def test_a_robbery_of_another_year_is_another_happening() -> None:
    assert conflict_texts(compare_stories(LEFT, right("1966 robbery"))) == []
