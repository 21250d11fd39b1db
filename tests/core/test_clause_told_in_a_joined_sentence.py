"""A sentence that joins two statements, one of which the other article tells: "The challenger was
dragged down to the canvas twice in the second round, and his superior strength ... were
evident" against "the champion twice dragged his man down to the canvas". Only the clause the
other article never tells is yellow; the dragging down is not "not reported"."""

from __future__ import annotations

from tests.factories import compare_texts, untold_sentences

_LEFT = (
    "Ivan Petrenko stopped Dale Morgan in the sixth round on Saturday in Kiev.\n\n"
    "After a slow and quiet opening round came a messy second, in which the champion twice "
    "dragged his man down to the canvas.\n\n"
    "Tickets for the bout sold out within an hour.\n\n"
    "Petrenko thanked the crowd and his trainer after the fight in Kiev."
)
_RIGHT = (
    "Ivan Petrenko stopped Dale Morgan in the sixth round on Saturday in Kiev.\n\n"
    "{joined}\n\n"
    "The arena was full long before the first bell.\n\n"
    "Petrenko thanked the crowd and his trainer after the fight in Kiev."
)
_TOLD = "The challenger was dragged down to the canvas twice in the second round"
_UNTOLD = (
    "his superior strength and reach were evident to every fan watching at ringside and at home."
)


def test_of_a_joined_sentence_only_the_clause_the_other_never_tells_is_yellow() -> None:
    joined = f"{_TOLD}, and {_UNTOLD}"
    untold = untold_sentences(compare_texts(_LEFT, _RIGHT.format(joined=joined)))
    assert joined not in untold
    assert _UNTOLD in untold


def test_a_sentence_whose_clauses_the_other_never_tells_stays_yellow_whole() -> None:
    joined = f"A steward fainted in the heat of the arena, and {_UNTOLD}"
    untold = untold_sentences(compare_texts(_LEFT, _RIGHT.format(joined=joined)))
    assert joined in untold
