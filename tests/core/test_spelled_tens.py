"""A toll written in words from 21 to 99 ("Thirty-five insurgents have died") is one figure whose
hyphen is its own: it meets the other article's "25 militants" as a conflict, where it was taken
for a figure joined to a noun ("a two-time champion") and its conflict dropped. A number joined
to a noun by a further hyphen still describes that noun (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Pakistani troops killed 25 militants in a two-day offensive in the Swat valley, the army "
    "said on Tuesday. Two soldiers were also killed in the fighting. The army said the operation "
    "would continue until the area was cleared."
)


def _right(toll: str) -> str:
    return (
        f"{toll} insurgents have died in two days of fighting with the army in Swat, a military "
        "spokesman said today. He said two soldiers had also lost their lives. The offensive "
        "will go on until the valley is cleared of militants."
    )


def test_a_toll_in_words_with_its_hyphen_conflicts_with_another_toll() -> None:
    assert ({"25"}, {"Thirty-five"}) in conflict_texts(compare_stories(LEFT, _right("Thirty-five")))


def test_the_same_toll_in_words_is_no_conflict() -> None:
    assert not conflict_texts(compare_stories(LEFT, _right("Twenty-five")))


def test_a_spelled_number_joined_to_a_noun_still_describes_that_noun() -> None:
    left = (
        "A thirty-five-nation coalition is backing the offensive in Swat, officials said on "
        "Tuesday. Pakistani troops killed 25 militants in two days. Two soldiers also died."
    )
    right = (
        "A coalition of 40 nations is backing the offensive in Swat, officials said today. "
        "Twenty-five insurgents have died in two days. Two soldiers also lost their lives."
    )
    # "a thirty-five-nation coalition" says what the coalition is like (compound_counts), as
    # "a two-time champion" does: its hyphen joins the number to the noun, not its own words.
    assert not any("40" in theirs for _, theirs in conflict_texts(compare_stories(left, right)))
