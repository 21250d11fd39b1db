"""A number word with a capital inside a sentence is a word of a name ("the Elite Eight", "the
Final Four"): it counts nothing, so it clashes with no count."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_HEAD = "Arizona fires coach\n\n"


def test_the_elite_eight_is_no_count_set_against_the_final_four() -> None:
    left = _HEAD + "Miller reached the Elite Eight three times.\n"
    right = _HEAD + "Miller reached the Elite Eight three times and the Final Four once.\n"
    assert conflict_texts(compare_stories(left, right)) == []


def test_a_count_opening_a_sentence_or_a_quote_is_still_a_count() -> None:
    left = (
        _HEAD + 'Police said the crash happened on Monday. "Three people died," the chief said.\n'
    )
    right = (
        _HEAD + 'Police said the crash happened on Monday. "Four people died," the chief said.\n'
    )
    assert ({"Three"}, {"Four"}) in conflict_texts(compare_stories(left, right))
