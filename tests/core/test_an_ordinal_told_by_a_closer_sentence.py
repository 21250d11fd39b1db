"""An ordinal both articles print in one sentence is told there: the host quoted on her second
turn is not set against the first turn the other article tells in its copy of that sentence
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

FIRST_TURN = (
    "Jo Park was so good hosting the Emmys the first time that the Television Academy asked her "
    "to host again."
)
QUOTED = (
    '"I am so happy to be hosting the Emmys for the second time," Jo Park said in the Television '
    "Academy's statement."
)
OPENING = "The show airs in March.\n"


def test_the_second_turn_she_speaks_of_is_no_other_value_for_the_first() -> None:
    left = OPENING + FIRST_TURN + "\n" + QUOTED + "\n"
    right = OPENING + FIRST_TURN + "\n"
    assert conflict_pairs(compare(left, right)) == []


def test_a_first_turn_changed_in_the_copy_of_the_sentence_is_still_a_conflict() -> None:
    left = OPENING + FIRST_TURN + "\n"
    right = OPENING + FIRST_TURN.replace("the first time", "the second time") + "\n"
    assert ({"first time"}, {"second time"}) in conflict_pairs(compare(left, right))
