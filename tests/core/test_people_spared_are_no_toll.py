"""A count standing beside a denial of the same harm in one sentence counts the people the harm
spared, not the harmed: "No one was hurt, although a handful of people were inside the chapel"
tells nobody hurt, so it never meets the other article's "No one was injured" as a count of the
injured; and the denial beside it stays a denial, which clashes with the other article's count of
the injured. A count of the hurt told in a sentence of its own still clashes with "No one was
injured" (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT_OPENING = (
    "Fire guts chapel in Millbrook\n\n"
    "A fire badly damaged the Grace Chapel in Millbrook on Friday night, the county fire chief, "
    "Ruth Adler, said. "
)
RIGHT = (
    "Millbrook chapel damaged by fire\n\n"
    "Fire ripped through the Grace Chapel in Millbrook on Friday evening, fire chief Ruth Adler "
    "said. No one was injured. Investigators are looking at the cause of the blaze.\n"
)
CLOSING = " Investigators are looking at the cause of the blaze.\n"


def test_people_inside_beside_no_one_hurt_are_no_count_of_the_injured() -> None:
    left = (
        LEFT_OPENING
        + "No one was hurt in the fire although a handful of people were inside the chapel."
        + CLOSING
    )
    assert conflict_texts(compare_stories(left, RIGHT)) == []


def test_a_count_of_the_hurt_in_its_own_sentence_still_clashes_with_no_one_injured() -> None:
    left = LEFT_OPENING + "A handful of people were hurt in the fire." + CLOSING
    conflicts = conflict_texts(compare_stories(left, RIGHT))
    assert any("No one was injured" in right for _, right in conflicts)


def test_the_denial_beside_the_people_spared_still_clashes_with_a_count() -> None:
    left = (
        LEFT_OPENING
        + "No one was hurt in the fire although a handful of people were inside the chapel."
        + CLOSING
    )
    right = RIGHT.replace("No one was injured.", "Two people were injured.")
    conflicts = conflict_texts(compare_stories(left, right))
    assert any("No one was hurt" in left_texts for left_texts, _ in conflicts)
