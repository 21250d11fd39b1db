"""A sentence that goes on telling a separate shooting, by a pronoun or by "the" and a noun the
sentence before brought in, tells that shooting's figures, times and harms: "In a separate
shooting, a man was shot on Birch Avenue. He was 30." sets no age against the story's victim,
while a sentence that names the story's victim again is compared as ever (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

OPENING_L = "A man was wounded in a shooting on Lake Street in Flint at 9 p.m. Saturday. "
OPENING_R = "Police in Flint said a man was wounded in a shooting on Lake Street Saturday. "
CLOSING_L = " Police have no suspects. The street was closed for hours."
CLOSING_R = " No arrests have been made. Officers closed the street for hours."


def story(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(
        compare_stories(OPENING_L + left + CLOSING_L, OPENING_R + right + CLOSING_R)
    )


def test_the_age_a_separate_shooting_goes_on_to_give_is_not_the_victims() -> None:
    assert not story(
        "In a separate shooting, a man was shot on Birch Avenue. He was 30 and was hit in the leg.",
        "The victim, 24, was shot in the arm.",
    )


def test_the_time_and_condition_of_a_separate_shooting_are_not_the_victims() -> None:
    assert not story(
        "In a separate shooting, a man was shot on Birch Avenue. The man was shot at 11 p.m. and "
        "is in critical condition.",
        "The man was shot at 9 p.m. and is in stable condition.",
    )


def test_a_sentence_naming_the_victim_again_is_the_storys() -> None:
    found = story(
        "Tom Reed, 30, was hit in the leg. In a separate shooting, a man was shot on Birch "
        "Avenue. Reed, 30, is in critical condition.",
        "Tom Reed, 24, was shot in the leg. Reed is in stable condition.",
    )
    assert ({"30"}, {"24"}) in found
