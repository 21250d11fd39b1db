"""Two sentences that share only the title of who speaks and the verb of saying say different
things: "A police spokeswoman said other premises suffered smashed windows" is a sentence only its
article tells, though the other has "A Surrey Police spokeswoman said the fire had spread
rapidly". A sentence sharing what she said still tells it (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts as compare
from tests.factories import statement_texts

HEADLINE = "Fire destroys supermarket\n\n"
LEAD = "A fire destroyed a Waitrose supermarket in Banstead on Friday night.\n\n"
LEFT = HEADLINE + LEAD + "A Surrey Police spokeswoman said the fire had spread rapidly."
PREMISES = "other premises suffered smashed windows and smoke damage"


def test_what_only_one_spokeswoman_says_is_its_own_sentence() -> None:
    right = HEADLINE + LEAD + f"A police spokeswoman said {PREMISES}."
    marked = statement_texts(compare(LEFT, right), FindingKind.RIGHT_ONLY)
    assert any(PREMISES in s for s in marked)


def test_a_spokeswoman_saying_the_same_thing_tells_it() -> None:
    left = LEFT.replace("the fire had spread rapidly", PREMISES)
    right = HEADLINE + LEAD + f"A police spokeswoman said {PREMISES}."
    marked = statement_texts(compare(left, right), FindingKind.RIGHT_ONLY)
    assert not any(PREMISES in s for s in marked)
