"""A sentence that shares two rare words with a related sentence of the other article is told
there in part: the journalist sees no yellow "only in one article" mark over all of it."""

from __future__ import annotations

from tests.factories import compare_stories, untold_sentences

LEFT = (
    "Thousands of workers marched through the capital on Wednesday during a general strike. "
    "Masked youths hurled petrol bombs at shops near the square, setting two government "
    "buildings ablaze. "
    "The unions said the cuts would hurt the poorest families. "
    "Ministers met late into the night to discuss the budget."
)
RIGHT = (
    "A general strike shut down the capital on Wednesday as thousands of workers marched. "
    "Officials said a protester threw a petrol bomb through the window of a bank building "
    "where staff were trapped. "
    "Union leaders warned that the cuts would hurt poor families. "
    "The vote on the budget is due on Thursday."
)


def test_petrol_bombs_hurled_at_buildings_are_not_one_sided_on_either_side() -> None:
    untold = untold_sentences(compare_stories(LEFT, RIGHT))
    assert not any("petrol" in sentence for sentence in untold)


def test_a_sentence_sharing_one_rare_word_stays_one_sided() -> None:
    # "the budget" alone: ministers meeting at night is told nowhere on the right.
    untold = untold_sentences(compare_stories(LEFT, RIGHT))
    assert "Ministers met late into the night to discuss the budget." in untold
