"""A sentence joining two statements, whose first the other article tells in a close sentence:
the second clause, which shares no word with that sentence, is still what the other never
reports, so it alone is yellow; a clause sharing words with the partner is not."""

from __future__ import annotations

from tests.factories import compare_texts, untold_sentences

_LEFT = (
    "Ivan Petrenko stopped Dale Morgan in the sixth round on Saturday in Kiev.\n\n"
    "In a messy second round the champion dragged the challenger down to the canvas.\n\n"
    "Tickets for the bout sold out within an hour.\n\n"
    "Petrenko thanked the crowd and his trainer after the fight in Kiev."
)
_TOLD = "The challenger was dragged down to the canvas twice in the second round"
_UNTOLD = (
    "his superior strength and reach were evident to every fan watching at ringside and at home."
)
_RIGHT = (
    "Ivan Petrenko stopped Dale Morgan in the sixth round on Saturday in Kiev.\n\n"
    f"{_TOLD}, and {{second}}\n\n"
    "The arena was full long before the first bell.\n\n"
    "Petrenko thanked the crowd and his trainer after the fight in Kiev."
)


def test_the_clause_a_close_partner_never_tells_is_yellow_alone() -> None:
    untold = untold_sentences(compare_texts(_LEFT, _RIGHT.format(second=_UNTOLD)))
    assert _UNTOLD in untold
    assert not [s for s in untold if _TOLD in s]


def test_a_clause_sharing_words_with_the_partner_is_not_marked() -> None:
    second = "the champion kept the challenger down on the canvas until the bell."
    untold = untold_sentences(compare_texts(_LEFT, _RIGHT.format(second=second)))
    assert second not in untold
