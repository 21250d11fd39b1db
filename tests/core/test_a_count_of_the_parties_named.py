"""One article says "Tesco and Sainsbury will merge ..., the two grocery chains announced",
the other "The supermarket chains Tesco and Sainsbury said": "the two chains" counts the
chains the sentence names, and the sentence telling the same thing names those two, so "two" is
not marked as a figure only one article gives. A count the names do not make ("the three
grocery chains" beside two names) keeps the mark."""

from __future__ import annotations

import pytest

from tests.factories import compare_stories, yellow

_LEFT = (
    "Grocers agree to merge\n\n"
    "The supermarket chains Tesco and Sainsbury said on Wednesday that they had agreed to "
    "combine in a deal worth $9.5 billion."
)
_RIGHT = (
    "$9.5bn grocery merger\n\n"
    "Tesco and Sainsbury will merge in a $9.5 billion deal, the {} grocery chains "
    "announced Wednesday."
)


def test_the_two_chains_are_the_two_the_other_names() -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format("two")))
    assert "two" not in marks, marks


@pytest.mark.parametrize("count", ["three"])
def test_a_count_the_names_do_not_make_keeps_the_mark(count: str) -> None:
    marks = yellow(compare_stories(_LEFT, _RIGHT.format(count)))
    assert count in marks, marks
