"""A count of wounds, shots or times counts no people: "recovering from 3 gunshot wounds" is no
count of the injured against the other article's "five other people were hurt" (hand-written
texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Two killed in park shooting identified; 5 others hurt\n\n"
    "LOUISVILLE, Ky. - Police have identified the two men killed in a shooting at Shawnee Park "
    "on Thursday. Five other people were hurt.\n\n"
    "The shooting happened during a football game at about 4 p.m., police said."
)


def test_three_wounds_on_one_victim_are_no_count_of_the_injured() -> None:
    right = (
        "Family of park shooting victim asks for help\n\n"
        "LOUISVILLE, Ky. - Kendall Moore is recovering from 3 gunshot wounds after being shot at "
        "Shawnee Park on Thursday.\n\n"
        "His aunt said he was watching a football game when the shooting started at about 4 p.m."
    )
    assert not conflict_texts(compare_stories(LEFT, right))


def test_a_count_of_the_hurt_still_clashes_with_another() -> None:
    right = (
        "Three hurt in park shooting\n\n"
        "LOUISVILLE, Ky. - Two men were killed in a shooting at Shawnee Park on Thursday. Three "
        "other people were hurt.\n\n"
        "The shooting happened during a football game at about 4 p.m., police said."
    )
    clashes = conflict_texts(compare_stories(LEFT, right))
    assert clashes and all(r == {"Three"} for _, r in clashes)
