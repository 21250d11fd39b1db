"""A question asserts no figure, and a headline that glues a surname to the words after it does
not name a second person."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

OFFER = (
    "Red Sox offer Teixeira $200 million\n\n"
    "The Boston Red Sox have made an offer of $200 million over eight years to Mark Teixeira, "
    "a radio host reported on Monday."
)


def test_a_figure_in_a_question_is_not_set_against_the_other_articles_figure() -> None:
    asked = (
        "Yankees weigh Teixeira bid\n\n"
        "The Yankees are weighing a bid for Mark Teixeira. "
        "Should the Yankees go higher than $25 million a season for Teixeira? "
        "The Red Sox offer is said to be large."
    )
    assert not conflict_texts(compare_texts(OFFER, asked))


def test_the_same_figure_asserted_still_conflicts() -> None:
    told = (
        "Yankees weigh Teixeira bid\n\n"
        "The Yankees are weighing a bid for Mark Teixeira. "
        "The Boston Red Sox have made an offer of $180 million over eight years to Mark "
        "Teixeira, a radio host reported on Monday."
    )
    found = conflict_texts(compare_texts(OFFER, told))
    assert any("$200 million" in left and "$180 million" in right for left, right in found)


def test_a_surname_glued_to_a_headlines_next_words_is_no_second_person() -> None:
    left = (
        "Obama White House reverses Bush rule on protection of species\n\n"
        "The Obama administration overturned a rule on endangered species on Tuesday. "
        "President Obama signed the memorandum."
    )
    right = (
        "Obama Reverses Bush on Species Protection Rule\n\n"
        "President Obama is restoring a requirement that agencies consult experts, the White "
        "House said on Tuesday."
    )
    assert not conflict_texts(compare_texts(left, right))


def test_the_same_first_name_with_another_surname_is_still_a_conflict() -> None:
    left = "Coach fired\n\nHead coach Sean Miller was fired on Monday after a losing season."
    right = "Coach fired\n\nHead coach Sean Parker was fired on Monday after a losing season."
    found = conflict_texts(compare_texts(left, right))
    assert any("Sean Miller" in a and "Sean Parker" in b for a, b in found), found
